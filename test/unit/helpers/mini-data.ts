/** A few hand-made entities shaped like the real data, for tests that must not depend on curation. */
import type { Dataset, Entity } from '../../../server/src/data/dataset';
import { buildIndex } from '../../../server/src/index/build';
import type { EntityIndex } from '../../../server/src/index/types';

const cite = { source: 'art', quote: 'quote' };

export function entity(fields: Partial<Entity> & Pick<Entity, 'id' | 'kind'>): Entity {
  return {
    name: { en: fields.id },
    description: { en: `${fields.id} (en)`, id: `${fields.id} (id)` },
    sources: [cite],
    ...fields,
  } as Entity;
}

export const miniEntities: Entity[] = [
  entity({ id: 'asean', kind: 'organization', name: { en: 'Association of Southeast Asian Nations', id: 'Perhimpunan Bangsa-Bangsa Asia Tenggara' }, acronyms: ['ASEAN'] }),
  entity({ id: 'arsom', kind: 'meeting-series', name: { en: "ASEAN-Russia Senior Officials' Meeting", id: 'Pertemuan Pejabat Senior ASEAN-Rusia' }, acronyms: ['ARSOM'], aliases: ['ASEAN-Rusia SOM'] }),
  entity({ id: 'arsom-16', kind: 'meeting', name: { en: "16th ASEAN-Russia Senior Officials' Meeting", id: 'Pertemuan ke-16 ARSOM' }, series: 'arsom', ordinal: 16, dates: { start: '2019-02-19', end: '2019-02-20' } }),
  entity({ id: 'asean-summit', kind: 'meeting-series', name: { en: 'ASEAN Summit', id: 'Konferensi Tingkat Tinggi ASEAN' }, aliases: ['KTT ASEAN'] }),
  entity({ id: 'asean-summit-42', kind: 'meeting', name: { en: '42nd ASEAN Summit', id: 'KTT ASEAN ke-42' }, series: 'asean-summit', ordinal: 42, dates: { start: '2023-05' } }),
  entity({ id: 'ktt', kind: 'term', name: { en: 'summit', id: 'Konferensi Tingkat Tinggi' }, acronyms: ['KTT'] }),
  entity({ id: 'aoip', kind: 'document', name: { en: 'ASEAN Outlook on the Indo-Pacific' }, acronyms: ['AOIP'] }),
  entity({ id: 'asean-som', kind: 'meeting-series', name: { en: "ASEAN Senior Officials' Meeting", id: 'Pertemuan Pejabat Senior ASEAN' }, acronyms: ['SOM'], aliases: ['ASEAN SOM'], sharedForms: ['SOM'] }),
  entity({ id: 'som', kind: 'term', name: { en: "Senior Officials' Meeting" }, acronyms: ['SOM'], sharedForms: ['SOM'] }),
  entity({ id: 'ascc', kind: 'organization', name: { en: 'ASEAN Socio-Cultural Community', id: 'Komunitas Sosial-Budaya ASEAN' }, acronyms: ['ASCC'], sharedForms: ['ASCC'] }),
  entity({ id: 'ascc-council', kind: 'meeting-series', name: { en: 'ASCC Council', id: 'Dewan Menteri Pilar Sosial Budaya ASEAN' }, aliases: ['ASCC'], sharedForms: ['ASCC'] }),
  entity({ id: 'ascc-council-29', kind: 'meeting', name: { en: '29th ASCC Council Meeting' }, series: 'ascc-council', ordinal: 29, dates: { start: '2023-05-08' } }),
  entity({ id: 'chandra-w-yudha', kind: 'person', name: { en: 'Chandra W. Yudha' }, aliases: ['Chandra W.Yudha'], roles: [{ title: { en: 'Director', id: 'Direktur' }, evidence: cite }] }),
];

export function miniDataset(extra: Entity[] = []): Dataset {
  return { entities: [...miniEntities, ...extra], sources: [], origins: {} };
}

export function miniIndex(extra: Entity[] = []): EntityIndex {
  return buildIndex(miniDataset(extra));
}

/**
 * A small hand-made dataset for card, hover and definition tests: real-looking
 * ASEAN entities with sources whose quote positions are given by hand, so the
 * tests do not depend on curation or on files on disk.
 */
import type { CompiledSource, Dataset, Entity } from '../../../server/src/data/dataset';
import { buildIndex } from '../../../server/src/index/build';
import type { EntityIndex } from '../../../server/src/index/types';

export const ARTICLE = '/reports/data/sources/antara-arsom-2019.md';
export const UNDATED = '/reports/data/sources/kemlu-socom.md';

const span = (line: number, character: number, length: number) => ({ start: { line, character }, end: { line, character: character + length } });

export const sources: CompiledSource[] = [
  {
    meta: { id: 'antara-arsom-2019', title: 'Indonesia tuan rumah pertemuan pejabat senior ASEAN-Rusia', publisher: 'Antara', published: { date: '2019-02-19', time: '14:05 WIB' }, language: 'id', seed: 'seed/a.txt' },
    file: ARTICLE,
    quotes: {
      'Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)': span(10, 55, 44),
      'ke-16 di Nusa Dua, Bali, pada 19-20 Februari 2019': span(11, 8, 49),
      'Chandra W. Yudha': span(14, 0, 16),
      'Direktur Kerja Sama Eksternal ASEAN': span(13, 24, 35),
      'ARSOM ke-15 digelar di Moskow': span(16, 0, 29),
    },
  },
  {
    meta: { id: 'kemlu-socom', title: 'SOC-COM ke-20', publisher: 'Kemlu RI', published: { date: '2024-05', inferred: 'the article names the meeting month only' }, language: 'id', seed: 'seed/k.txt' },
    file: UNDATED,
    quotes: { 'Joko Kusnanto Anggoro': span(5, 4, 21), 'Duta Besar Joko Kusnanto Anggoro': span(5, 0, 32), 'SOC-COM ke-20': span(3, 0, 13) },
  },
];

const antara = (quote: string) => ({ source: 'antara-arsom-2019', quote });
const kemlu = (quote: string) => ({ source: 'kemlu-socom', quote });

function entity(fields: Partial<Entity> & Pick<Entity, 'id' | 'kind'>): Entity {
  return { name: { en: fields.id }, description: { en: `About ${fields.id}.`, id: `Tentang ${fields.id}.` }, sources: [antara('Chandra W. Yudha')], ...fields } as Entity;
}

export const entities: Entity[] = [
  entity({ id: 'indonesia', kind: 'country', name: { en: 'Indonesia' } }),
  entity({ id: 'russia', kind: 'country', name: { en: 'Russia', id: 'Rusia' } }),
  entity({
    id: 'arsom',
    kind: 'meeting-series',
    name: { en: "ASEAN-Russia Senior Officials' Meeting", id: 'Pertemuan Pejabat Senior ASEAN-Rusia' },
    acronyms: ['ARSOM'],
    description: { en: 'Annual meeting of ASEAN and Russian senior officials.', id: 'Pertemuan tahunan pejabat senior ASEAN dan Rusia.' },
    related: [{ type: 'related-to', target: 'russia' }],
    sources: [antara('Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)')],
    notes: [{ en: 'Antara calls it a ministerial meeting; it is a senior officials’ meeting.', id: 'Antara menyebutnya pertemuan menteri; ini pertemuan pejabat senior.', evidence: antara('Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)') }],
  }),
  entity({
    id: 'arsom-15', kind: 'meeting', name: { en: "15th ASEAN-Russia Senior Officials' Meeting", id: 'ARSOM ke-15' },
    series: 'arsom', ordinal: 15, dates: { start: '2018-05' }, place: { city: 'Moscow', country: 'Russia' },
    sources: [{ source: 'antara-arsom-2019', quote: 'a quote that is not in the article' }],
  }),
  entity({
    id: 'arsom-16', kind: 'meeting', name: { en: "16th ASEAN-Russia Senior Officials' Meeting", id: 'ARSOM ke-16' },
    description: { en: 'The 16th ARSOM, hosted by Indonesia in Bali.', id: 'ARSOM ke-16, diselenggarakan Indonesia di Bali.' },
    series: 'arsom', ordinal: 16, dates: { start: '2019-02-19', end: '2019-02-20' }, place: { city: 'Nusa Dua', province: 'Bali', country: 'Indonesia' },
    chairs: ['chandra-w-yudha'], host: 'indonesia', participants: ['indonesia', { en: 'the Russian delegation', id: 'delegasi Rusia' }],
    sources: [antara('ke-16 di Nusa Dua, Bali, pada 19-20 Februari 2019'), antara('Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)')],
  }),
  entity({
    id: 'chandra-w-yudha', kind: 'person', name: { en: 'Chandra W. Yudha' },
    description: { en: 'Indonesian diplomat.', id: 'Diplomat Indonesia.' },
    roles: [
      { title: { en: 'Director of ASEAN External Cooperation', id: 'Direktur Kerja Sama Eksternal ASEAN' }, from: '2018', attested: ['2019-02-19'], evidence: antara('Direktur Kerja Sama Eksternal ASEAN') },
      { title: { en: 'Ambassador to Norway', id: 'Duta Besar untuk Norwegia' }, from: '2021-01', to: '2024-06', evidence: antara('Chandra W. Yudha') },
    ],
    sources: [antara('Chandra W. Yudha')],
  }),
  entity({ id: 'soc-com', kind: 'meeting-series', name: { en: 'Senior Officials Committee for the ASEAN Socio-Cultural Community', id: 'Komite Pejabat Senior untuk Komunitas Sosial-Budaya ASEAN' }, acronyms: ['SOC-COM'], sources: [kemlu('SOC-COM ke-20')] }),
  entity({ id: 'soc-com-20', kind: 'meeting', name: { en: '20th SOC-COM', id: 'SOC-COM ke-20' }, series: 'soc-com', ordinal: 20, dates: { start: '2024-05-08' }, sources: [kemlu('SOC-COM ke-20')] }),
  entity({
    id: 'joko-kusnanto-anggoro', kind: 'person', name: { en: 'Joko Kusnanto Anggoro' },
    roles: [
      { title: { en: 'Director of ASEAN Socio-Cultural Cooperation', id: 'Direktur Kerja Sama Sosial Budaya ASEAN' }, from: '2019', to: '2021', evidence: kemlu('Joko Kusnanto Anggoro') },
      { title: { en: 'Ambassador, Director General of ASEAN Cooperation', id: 'Duta Besar, Direktur Jenderal Kerja Sama ASEAN' }, attested: ['2024-05-08'], evidence: kemlu('Duta Besar Joko Kusnanto Anggoro') },
    ],
    sources: [kemlu('Joko Kusnanto Anggoro')],
  }),
  entity({ id: 'asean-summit', kind: 'meeting-series', name: { en: 'ASEAN Summit', id: 'Konferensi Tingkat Tinggi ASEAN' }, aliases: ['KTT ASEAN'] }),
  entity({ id: 'asean-summit-42', kind: 'meeting', name: { en: '42nd ASEAN Summit', id: 'KTT ASEAN ke-42' }, series: 'asean-summit', ordinal: 42, dates: { start: '2023-05' }, place: { city: 'Labuan Bajo', province: 'Nusa Tenggara Timur', country: 'Indonesia' } }),
  entity({ id: 'ascc', kind: 'organization', name: { en: 'ASEAN Socio-Cultural Community', id: 'Komunitas Sosial-Budaya ASEAN' }, acronyms: ['ASCC'], sharedForms: ['ASCC'] }),
  entity({ id: 'ascc-council', kind: 'meeting-series', name: { en: 'ASCC Council', id: 'Dewan Menteri Pilar Sosial Budaya ASEAN' }, aliases: ['ASCC'], sharedForms: ['ASCC'] }),
  entity({ id: 'markup-name', kind: 'term', name: { en: 'Bold *_[x](y)_* <script>alert(1)</script>' }, description: { en: '# not a heading & <b>not bold</b>', id: '1. bukan daftar' } }),
];

export function fixtureDataset(extra: Entity[] = []): Dataset {
  return { entities: [...entities, ...extra], sources, origins: {} };
}

export function fixtureIndex(extra: Entity[] = []): EntityIndex {
  return buildIndex(fixtureDataset(extra));
}

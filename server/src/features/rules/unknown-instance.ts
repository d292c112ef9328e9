/** "KTT ASEAN ke-99": the series is known, the numbered meeting is not in the record. */
import { ordinalName } from '../../format/labels';
import { referenceText } from '../../scan/hits';
import { defineRule, reportAll, type Finding } from './rule';

const messages = {
  notInRecord: {
    en: (p: { written: string; meeting: string }) => `${p.written}: the record has no ${p.meeting}`,
    id: (p: { written: string; meeting: string }) => `${p.written}: data tidak memuat ${p.meeting}`,
  },
};

export const unknownInstance = defineRule<typeof messages>({
  id: 'unknown-instance',
  description: {
    en: 'A numbered meeting whose series is known but which the record does not hold.',
    id: 'Pertemuan bernomor yang seri-nya dikenal tetapi tidak ada dalam data.',
  },
  defaultSeverity: 'information',
  messages,
  read({ text, hits }, { index, lang }) {
    const found: Finding<typeof messages, never>[] = [];
    for (const hit of hits) {
      const top = hit.candidates[0];
      if (top?.unknownOrdinal === undefined) continue;
      const series = index.nameOf(top.id, lang);
      if (series === undefined) continue;
      const written = referenceText(text, hit);
      found.push({ start: hit.start, end: hit.end, message: 'notInRecord', params: { written, meeting: ordinalName(top.unknownOrdinal, series, lang) } });
    }
    return found;
  },
  run: (_ctx, paragraphs, report) => reportAll(paragraphs, report),
});

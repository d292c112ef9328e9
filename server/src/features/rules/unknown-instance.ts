/** "KTT ASEAN ke-99": the series is known, the numbered meeting is not in the record. */
import { ordinalName } from '../../format/labels';
import { referenceText } from '../../scan/hits';
import { defineRule } from './rule';

export const unknownInstance = defineRule({
  id: 'unknown-instance',
  description: {
    en: 'A numbered meeting whose series is known but which the record does not hold.',
    id: 'Pertemuan bernomor yang seri-nya dikenal tetapi tidak ada dalam data.',
  },
  defaultSeverity: 'information',
  messages: {
    notInRecord: {
      en: (p: { written: string; meeting: string }) => `${p.written}: the record has no ${p.meeting}`,
      id: (p: { written: string; meeting: string }) => `${p.written}: data tidak memuat ${p.meeting}`,
    },
  },
  run({ doc, index, scan, lang }, report) {
    const text = doc.getText();
    for (const hit of scan.hits) {
      const top = hit.candidates[0];
      if (top?.unknownOrdinal === undefined) continue;
      const series = index.nameOf(top.id, lang);
      if (series === undefined) continue;
      const written = referenceText(text, hit);
      report(hit.start, hit.end, 'notInRecord', { written, meeting: ordinalName(top.unknownOrdinal, series, lang) });
    }
  },
});

/** "KTT ASEAN ke-99": the series is known, the numbered meeting is not in the record. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { ordinalName } from '../../format/labels';
import { finding, type Rule } from './rule';

export const unknownInstance: Rule = {
  id: 'unknown-instance',
  description: 'A numbered meeting whose series is known but which the record does not hold.',
  severity: DiagnosticSeverity.Information,
  run({ doc, index, scan, lang }) {
    const out: Diagnostic[] = [];
    const text = doc.getText();
    for (const hit of scan.hits) {
      const top = hit.candidates[0];
      if (top?.unknownOrdinal === undefined) continue;
      const series = index.nameOf(top.id, lang);
      if (series === undefined) continue;
      const written = text.slice(hit.start, hit.end).replace(/\s+/g, ' ');
      const meeting = ordinalName(top.unknownOrdinal, series, lang);
      const message = lang === 'id' ? `${written}: data tidak memuat ${meeting}` : `${written}: the record has no ${meeting}`;
      out.push(finding(unknownInstance, doc, hit.start, hit.end, message));
    }
    return out;
  },
};

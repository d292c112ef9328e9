/** "KTT ASEAN ke-99": the series is known, the numbered meeting is not in the record. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { ordinalName } from '../../format/labels';
import { nameIn } from '../../format/names';
import type { Rule } from './rule';

export const unknownInstance: Rule = {
  id: 'unknown-instance',
  description: 'A numbered meeting whose series is known but which the record does not hold.',
  run({ doc, index, scan, lang }) {
    const out: Diagnostic[] = [];
    for (const hit of scan.hits) {
      const top = hit.candidates[0];
      const series = top?.unknownOrdinal !== undefined ? index.byId.get(top.id) : undefined;
      if (!series || top.unknownOrdinal === undefined) continue;
      const meeting = ordinalName(top.unknownOrdinal, nameIn(series, lang), lang);
      const message = lang === 'id' ? `Catatan tidak memuat ${meeting}; periksa nomor pertemuannya.` : `The record has no ${meeting}; check the meeting number.`;
      out.push({ range: { start: doc.positionAt(hit.start), end: doc.positionAt(hit.end) }, severity: DiagnosticSeverity.Information, source: 'asean-ref', code: 'unknown-instance', message });
    }
    return out;
  },
};

/** A form two entities share ("ASCC", "SOM"): a hint naming the readings, so the writer can disambiguate. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { nameIn } from '../../format/names';
import type { Rule } from './rule';

export const ambiguousReference: Rule = {
  id: 'ambiguous-reference',
  description: 'A term that names more than one entity.',
  run({ doc, index, scan, lang }) {
    const out: Diagnostic[] = [];
    for (const hit of scan.hits) {
      if (hit.candidates.length < 2 || hit.ordinal !== undefined) continue;
      const names = hit.candidates.map((c) => index.byId.get(c.id)).filter((e) => e !== undefined).map((e) => nameIn(e, lang));
      const text = doc.getText().slice(hit.start, hit.end);
      const message = lang === 'id' ? `"${text}" dapat berarti: ${names.join('; ')}.` : `"${text}" can mean: ${names.join('; ')}.`;
      out.push({ range: { start: doc.positionAt(hit.start), end: doc.positionAt(hit.end) }, severity: DiagnosticSeverity.Hint, source: 'asean-ref', code: 'ambiguous-reference', message });
    }
    return out;
  },
};

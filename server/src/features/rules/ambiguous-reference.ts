/** A form two entities share ("ASCC", "SOM"): a hint naming the readings, so the writer can disambiguate. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { finding, type Rule } from './rule';

const MAX_NAMES = 10;

export const ambiguousReference: Rule = {
  id: 'ambiguous-reference',
  description: 'A term that names more than one entity.',
  severity: DiagnosticSeverity.Hint,
  run({ doc, index, scan, lang }) {
    const out: Diagnostic[] = [];
    const text = doc.getText();
    for (const hit of scan.hits) {
      // An ordinal picks one meeting ("ASCC ke-29"), so the phrase is not ambiguous even when the word is.
      if (hit.candidates.length < 2 || hit.ordinal !== undefined) continue;
      const names = hit.candidates.map((c) => index.nameOf(c.id, lang)).filter((n): n is string => n !== undefined);
      if (names.length < 2) continue;
      const written = text.slice(hit.start, hit.end).replace(/\s+/g, ' ');
      // Bounded: 2,000 team entities sharing "SOM" must not make a 4 MB message.
      const shown = names.slice(0, MAX_NAMES).join('; ') + (names.length > MAX_NAMES ? (lang === 'id' ? `; … dan ${names.length - MAX_NAMES} lagi` : `; … and ${names.length - MAX_NAMES} more`) : '');
      const message = lang === 'id' ? `"${written}" dapat berarti: ${shown}` : `"${written}" can mean: ${shown}`;
      out.push(finding(ambiguousReference, doc, hit.start, hit.end, message));
    }
    return out;
  },
};

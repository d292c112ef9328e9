/**
 * A form two entities share ("ASCC", "SOM"): a hint naming the readings, so the writer can
 * disambiguate, with a quick fix per reading that writes its full name in place of the form.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import { nameIn } from '../../format/names';
import { hitAt, referenceText } from '../../scan/hits';
import { defineRule, reportAll, type Finding } from './rule';

const MAX_NAMES = 10;

/** The readings of the finding, best first, as the scan had them. */
interface Readings {
  ids: string[];
}

type Shown = { written: string; names: string[] };
const list = (names: string[], more: (n: number) => string): string =>
  names.slice(0, MAX_NAMES).join('; ') + (names.length > MAX_NAMES ? `; … ${more(names.length - MAX_NAMES)}` : '');

const messages = {
  // Bounded: 2,000 team entities sharing "SOM" must not make a 4 MB message.
  canMean: {
    en: (p: Shown) => `"${p.written}" can mean: ${list(p.names, (n) => `and ${n} more`)}`,
    id: (p: Shown) => `"${p.written}" dapat berarti: ${list(p.names, (n) => `dan ${n} lagi`)}`,
  },
  writeOut: { en: (p: { name: string }) => `Write out: ${p.name}`, id: (p: { name: string }) => `Tulis lengkap: ${p.name}` },
};

export const ambiguousReference = defineRule<typeof messages, Readings>({
  id: 'ambiguous-reference',
  description: { en: 'A term that names more than one entity.', id: 'Istilah yang menamai lebih dari satu entitas.' },
  defaultSeverity: 'hint',
  messages,
  read({ text, hits }, { index, lang }) {
    const found: Finding<typeof messages, Readings>[] = [];
    for (const hit of hits) {
      // An ordinal picks one meeting ("ASCC ke-29"), so the phrase is not ambiguous even when the word is.
      if (hit.candidates.length < 2 || hit.ordinal !== undefined) continue;
      const names = hit.candidates.map((c) => index.nameOf(c.id, lang)).filter((n): n is string => n !== undefined);
      if (names.length < 2) continue;
      const written = referenceText(text, hit);
      found.push({ start: hit.start, end: hit.end, message: 'canMean', params: { written, names }, data: { ids: hit.candidates.slice(0, MAX_NAMES).map((c) => c.id) } });
    }
    return found;
  },
  run: (_ctx, paragraphs, report) => reportAll(paragraphs, report),
  fix({ doc, index, scan, lang }, diagnostic) {
    // Only where the draft still reads as it did: the same reference at the same place, with those readings.
    const start = doc.offsetAt(diagnostic.range.start);
    const hit = hitAt(scan, start);
    if (!hit || hit.start !== start || hit.end !== doc.offsetAt(diagnostic.range.end)) return [];
    const ids = Array.isArray(diagnostic.data?.ids) ? diagnostic.data.ids : [];
    const actions: CodeAction[] = [];
    for (const c of hit.candidates.slice(0, MAX_NAMES)) {
      const entity = ids.includes(c.id) ? index.byId.get(c.id) : undefined;
      if (!entity) continue;
      // The draft's own language: the name is written into the writer's text.
      const name = nameIn(entity, scan.lang);
      const title = messages.writeOut[lang]({ name });
      actions.push({ title, kind: 'quickfix', diagnostics: [diagnostic], edit: { changes: { [doc.uri]: [{ range: diagnostic.range, newText: name }] } } });
    }
    return actions;
  },
});

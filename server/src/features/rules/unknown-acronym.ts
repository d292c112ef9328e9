/**
 * "JKCD": a word in capitals (2–8 letters, digits and hyphens allowed) that the data does not know,
 * once per draft (at its first use), at information level: the writer may add it to the team's data. Roman numerals
 * ("KTT ke-XLII"), units and currencies ("KM", "USD"), and the words of headings written in capitals
 * are not acronyms.
 */
import { findNodeAtLocation, modify, parseTree } from 'jsonc-parser/lib/esm/main.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import type { Entity } from '../../data/dataset';
import type { EntityIndex } from '../../index/types';
import { formKey } from '../../text/tokens';
import { defineRule, type Finding } from './rule';

const messages = {
  unknown: {
    en: (p: { acronym: string }) => `${p.acronym}: an acronym the data does not know`,
    id: (p: { acronym: string }) => `${p.acronym}: akronim yang tidak dikenal data`,
  },
  addStub: {
    en: (p: { acronym: string; file: string }) => `Add ${p.acronym} to the team data (${p.file})`,
    id: (p: { acronym: string; file: string }) => `Tambahkan ${p.acronym} ke data tim (${p.file})`,
  },
};

/** The text a stub's description starts with: the data check flags it until a curator fills it in. */
const STUB_TODO = 'TODO';

const TOKEN = /(?<![\p{L}\p{N}_-])\p{Lu}[\p{Lu}\p{N}]*(?:-[\p{Lu}\p{N}]+)*(?![\p{L}\p{N}_]|-[\p{L}\p{N}])/gu;
const ROMAN = /^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
/** Units, currencies and time zones a report writes in capitals. */
const NOT_ACRONYMS = new Set(
  'KM KG MG ML CM MM HA KWH MW GW KW MWH GWH TWH MB GB TB HZ MHZ GHZ CO2 USD IDR SGD EUR JPY CNY MYR THB PHP VND KRW AUD GBP INR BND KHR LAK MMK WIB WITA WIT UTC GMT AM PM OK'.split(' '),
);

export const unknownAcronym = defineRule<typeof messages, { acronym: string }>({
  id: 'unknown-acronym',
  description: { en: 'A word in capitals that the data does not know.', id: 'Kata berhuruf kapital yang tidak dikenal data.' },
  defaultSeverity: 'information',
  messages,
  // Each paragraph's first use of each unknown word; the draft's first of them is the one noted.
  read({ prose, hits }, { index }) {
    const found: Finding<typeof messages, { acronym: string }>[] = [];
    const seen = new Set<string>();
    let h = 0;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(prose); m; m = TOKEN.exec(prose)) {
      const word = m[0];
      const letters = word.replace(/[^\p{L}]/gu, '').length;
      if (letters < 2 || letters > 8 || word.length > 12 || seen.has(word)) continue;
      if (ROMAN.test(word) || NOT_ACRONYMS.has(word)) continue;
      const start = m.index;
      while (h < hits.length && hits[h].end <= start) h++;
      // Part of a recognised reference, or a form the data has ("RI", "ASEAN-Rusia").
      if (h < hits.length && hits[h].start <= start) continue;
      if (index.forms.get(formKey(word)) !== undefined) continue;
      if (inCapitalsLine(prose, start) || inDateline(prose, start, start + word.length)) continue;
      seen.add(word);
      found.push({ start, end: start + word.length, message: 'unknown', params: { acronym: word }, data: { acronym: word } });
    }
    return found;
  },
  run(_ctx, paragraphs, report) {
    const seen = new Set<string>();
    for (const { at, notes } of paragraphs) {
      for (const f of notes) {
        if (seen.has(f.data!.acronym)) continue;
        seen.add(f.data!.acronym);
        report(at + f.start, at + f.end, f.message, f.params as never, f.data);
      }
    }
  },
  fix({ doc, index, lang, dataFile }, diagnostic) {
    const acronym = doc.getText(diagnostic.range);
    const target = dataFile?.();
    if (!target || diagnostic.data?.acronym !== acronym || index.forms.get(formKey(acronym)) !== undefined) return [];
    const stub = stubEntity(acronym, index);
    const file = target.uri.slice(target.uri.lastIndexOf('/', target.uri.lastIndexOf('/') - 1) + 1);
    const title = messages.addStub[lang]({ acronym, file });
    const edits = target.text === undefined ? undefined : appendEntity(target.text, stub);
    if (target.text !== undefined && !edits) return [];
    const action: CodeAction = {
      title,
      kind: 'quickfix',
      diagnostics: [diagnostic],
      edit: {
        documentChanges:
          target.text === undefined
            ? [
                { kind: 'create', uri: target.uri, options: { ignoreIfExists: true } },
                { textDocument: { uri: target.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: JSON.stringify({ entities: [stub] }, null, 2) + '\n' }] },
              ]
            : [{ textDocument: { uri: target.uri, version: null }, edits: edits! }],
      },
    };
    return [action];
  },
});

/**
 * A stub that is valid against the schema: a term with the acronym as its name, a TODO description in both
 * languages, and a TODO citation; the data check warns about each TODO until a curator fills it in.
 */
function stubEntity(acronym: string, index: EntityIndex): Entity {
  const base = acronym.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'term';
  let id = base;
  for (let n = 2; index.byId.has(id); n++) id = `${base}-${n}`;
  return {
    id,
    kind: 'term',
    name: { en: acronym },
    acronyms: [acronym],
    description: { en: `${STUB_TODO}: what ${acronym} stands for and does.`, id: `${STUB_TODO}: kepanjangan dan peran ${acronym}.` },
    sources: [{ url: 'https://example.org/', title: STUB_TODO, publisher: STUB_TODO, consulted: new Date().toISOString().slice(0, 10) }],
  } as Entity;
}

/** The edits that append an entity to an existing file's "entities" array, as LSP text edits; undefined when the file has none. */
function appendEntity(text: string, entity: Entity): TextEdit[] | undefined {
  const tree = parseTree(text);
  const list = tree && findNodeAtLocation(tree, ['entities']);
  if (!list || list.type !== 'array') return undefined;
  const doc = TextDocument.create('file:///data.json', 'json', 0, text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return modify(text, ['entities', list.children?.length ?? 0], entity, { isArrayInsertion: true, formattingOptions: { insertSpaces: true, tabSize: 2, eol } }).map((e) => ({
    range: { start: doc.positionAt(e.offset), end: doc.positionAt(e.offset + e.length) },
    newText: e.content,
  }));
}

/** A heading or line written in capitals ("LAPORAN KERJA SAMA ASEAN"): most of its words are. */
function inCapitalsLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const nl = text.indexOf('\n', at);
  const line = text.slice(from, nl < 0 ? text.length : nl);
  const words = line.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length < 2) return false;
  const caps = words.filter((w) => w === w.toUpperCase()).length;
  return caps * 3 >= words.length * 2;
}

/** A city of up to three words in capitals opening a line before a dash or comma: "JAKARTA -", "KUALA LUMPUR –", "BANDAR SERI BEGAWAN,". */
const DATELINE_CITY = /^\p{Lu}+(?:[ \t]+\p{Lu}+){0,2}(?=[ \t]*[-–—,])/u;

/** A news dateline or credit: "JAKARTA - …", "KUALA LUMPUR – …", "Labuan Bajo (ANTARA) - …", "… Nasir. (ANTARA)". */
function inDateline(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const city = DATELINE_CITY.exec(text.slice(lineStart, lineStart + 40));
  if (city && end <= lineStart + city[0].length) return true;
  const close = text.indexOf(')', end);
  if (text[start - 1] !== '(' || close < 0 || close - end > 16 || /[\n(]/.test(text.slice(end, close))) return false;
  const after = text.slice(close + 1, close + 4);
  return /^\s*[-–—]/.test(after) || /^\s*(\r?\n|$)/.test(after);
}

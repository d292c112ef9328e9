/** `asean-ref scan FILE`: every reference recognised in a draft, and what it resolves to. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ordinalName } from '../format/labels';
import { nameIn } from '../format/names';
import { referenceText, type Candidate, type Hit } from '../scan/hits';
import type { Engine } from './engine';
import { openDraft } from './files';
import type { Io } from './output';
import { printable } from '../data/printable';

export async function scan(engine: Engine, file: string, json: boolean, io: Io, cwd: string): Promise<number> {
  const doc = await openDraft(file, cwd, io.stderr);
  if (!doc) return 2;
  const result = engine.service.scan(doc);
  const rows = result.hits.map((hit) => row(doc, hit, engine));
  if (json) {
    io.stdout.write(JSON.stringify({ file, lang: result.lang, references: rows }, null, 2) + '\n');
    return 0;
  }
  for (const r of rows) {
    const [first, ...others] = r.candidates.map(describe);
    io.stdout.write(`${r.range}  ${printable(r.text)}  → ${printable(first)}\n`);
    // An ambiguous reference: the other readings, best first, under the first.
    for (const other of others) io.stdout.write(`${' '.repeat(r.range.length + r.text.length + 4)}| ${printable(other)}\n`);
  }
  return 0;
}

function row(doc: TextDocument, hit: Hit, engine: Engine) {
  const s = doc.positionAt(hit.start);
  const e = doc.positionAt(hit.end);
  return {
    range: `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1}`,
    start: { line: s.line + 1, column: s.character + 1 },
    end: { line: e.line + 1, column: e.character + 1 },
    text: referenceText(doc.getText(), hit),
    ...(hit.ordinal !== undefined ? { ordinal: hit.ordinal } : {}),
    candidates: hit.candidates.map((c) => candidate(c, engine)),
  };
}

function candidate(c: Candidate, engine: Engine) {
  const entity = engine.index.byId.get(c.id);
  return { id: c.id, kind: entity?.kind, name: entity ? nameIn(entity, 'en') : c.id, via: c.via, ...(c.unknownOrdinal !== undefined ? { unknownOrdinal: c.unknownOrdinal } : {}) };
}

const describe = (c: ReturnType<typeof candidate>): string =>
  `${c.id} (${c.kind}) ${c.name}${c.unknownOrdinal !== undefined ? ` — instance unknown: the record has no ${ordinalName(c.unknownOrdinal, c.name, 'en')}` : ''}`;

/** `asean-ref check FILES…`: the server's diagnostics on drafts, for CI and pre-commit hooks. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { rules } from '../service/service';
import type { Engine } from './engine';
import { mapLimit, readDraft, type Read } from './files';
import { isDynamicPattern } from 'tinyglobby';
import { expand, STDIN, type SelectOptions } from './select';
import { printable } from '../data/printable';
import { progress, type Io } from './output';
import { toSarif, type FileFindings, type Notice } from './sarif';
import { writeBack } from './write-back';
import { LEVEL, reaches } from './severity';

export type Format = 'text' | 'json' | 'sarif';

/** Files read at once: enough to keep the disk busy while earlier files are scanned, few enough for any ulimit. */
const READ_CONCURRENCY = 16;

export interface CheckOptions extends SelectOptions {
  /** Apply the fixes that need no choice (rules with autoFix) to the files, and say what changed. */
  fix?: boolean;
}

export async function check(engine: Engine, args: string[], format: Format, io: Io, cwd: string, version: string, options: CheckOptions = {}): Promise<number> {
  const { files, unmatched } = await expand(args, cwd, options);
  const notices: Notice[] = unmatched.map((pattern) => ({ file: pattern, message: isDynamicPattern(pattern) ? 'no files match this pattern' : 'no Markdown files in this folder' }));
  for (const n of notices) io.stderr.write(`${printable(n.file)}: ${n.message}\n`);

  const changed: string[] = [];
  const bar = progress(io, files.length);
  let done = 0;
  const results = await mapLimit(files, READ_CONCURRENCY, async (file): Promise<FileFindings | Notice> => {
    const read = file === STDIN ? await readStdin(io) : await readDraft(file, cwd);
    bar.tick(++done);
    if ('error' in read) return { file: read.file, message: read.error };
    let doc = TextDocument.create(read.file, 'markdown', 1, read.text);
    let found = engine.service.diagnostics(engine.service.contextWith(doc, engine.config));
    if (options.fix && file === STDIN) io.stderr.write(`${read.file}: checked, not fixed (--fix writes files back, and standard input is not a file)\n`);
    else if (options.fix) {
      const fixed = await applyFixes(engine, doc, found, cwd);
      engine.service.forget(doc.uri);
      if (fixed.refused) return { file: read.file, message: fixed.refused };
      if (fixed.changes.length) {
        changed.push(...fixed.changes.map((c) => `${printable(read.file)}:${c}`));
        doc = fixed.doc;
        found = engine.service.diagnostics(engine.service.contextWith(doc, engine.config));
      }
    }
    engine.service.forget(doc.uri);
    return { file: read.file, diagnostics: found };
  });
  bar.end();

  const findings: FileFindings[] = [];
  for (const r of results) {
    if ('diagnostics' in r) findings.push(r);
    else {
      notices.push(r);
      io.stderr.write(`${printable(r.file)}: ${r.message}\n`);
    }
  }
  // What --fix changed: on stdout with the text output, on stderr when stdout is JSON or SARIF for a script.
  if (changed.length) (format === 'text' ? io.stdout : io.stderr).write(changed.map((c) => `${c}\n`).join(''));
  io.stdout.write(render(findings, notices, format, version, cwd));
  if (format === 'text') io.stdout.write(summaryLine(files.length, findings) + '\n');
  if (notices.length) return 2;
  return findings.some((f) => f.diagnostics.some((d) => reaches(d.severity, engine.config.failOn))) ? 1 : 0;
}

/** The draft piped to `check -`, shown as <stdin>. */
async function readStdin(io: Io): Promise<Read> {
  const file = '<stdin>';
  if (!io.stdin) return { file, error: 'no standard input' };
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const bytes = Buffer.concat(chunks);
  if (bytes.includes(0)) return { file, error: 'is binary, not a Markdown draft' };
  try {
    return { file, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { file, error: 'is not valid UTF-8 text' };
  }
}

function render(findings: FileFindings[], notices: Notice[], format: Format, version: string, cwd: string): string {
  if (format === 'sarif') return JSON.stringify(toSarif(findings, notices, version, cwd), null, 2) + '\n';
  if (format === 'json') return JSON.stringify(findings.map(({ file, diagnostics }) => ({ file, diagnostics: diagnostics.map(plain) })), null, 2) + '\n';
  return findings.flatMap(({ file, diagnostics }) => diagnostics.map((d) => textLine(file, d) + '\n')).join('');
}

/** The last line of the text output: "3 files checked, 4 problems (0 errors, 3 warnings, 1 information)", hints added when there are any. */
function summaryLine(files: number, findings: readonly FileFindings[]): string {
  const count = (severity: number) => findings.reduce((n, f) => n + f.diagnostics.filter((d) => (d.severity ?? 1) === severity).length, 0);
  const [e, w, i, h] = [1, 2, 3, 4].map(count);
  const total = e + w + i + h;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const hints = h ? `, ${plural(h, 'hint', 'hints')}` : '';
  return `${plural(files, 'file', 'files')} checked, ${plural(total, 'problem', 'problems')} (${plural(e, 'error', 'errors')}, ${plural(w, 'warning', 'warnings')}, ${i} information${hints})`;
}

/**
 * `--fix`: each finding whose rule has a fix that needs no choice (autoFix) and offers exactly one, applied
 * together unless two touch the same text, and the file written back. Returns what changed, as
 * "line:col: title" (1-based, in the text as it was).
 */
async function applyFixes(engine: Engine, doc: TextDocument, found: readonly Diagnostic[], cwd: string): Promise<{ doc: TextDocument; changes: string[]; refused?: string }> {
  const ctx = engine.service.contextWith(doc, engine.config);
  const edits: TextEdit[] = [];
  const changes: string[] = [];
  for (const d of found) {
    if (!rules.find((r) => r.id === d.code)?.autoFix) continue;
    const actions = engine.service.codeActions(ctx, [d]);
    const mine = actions.length === 1 ? actions[0].edit?.changes?.[doc.uri] : undefined;
    if (!mine || mine.length !== 1) continue;
    const [edit] = mine;
    const [from, to] = [doc.offsetAt(edit.range.start), doc.offsetAt(edit.range.end)];
    if (edits.some((o) => doc.offsetAt(o.range.start) <= to && from <= doc.offsetAt(o.range.end))) continue;
    edits.push(edit);
    changes.push(`${d.range.start.line + 1}:${d.range.start.character + 1}: fixed: ${actions[0].title}`);
  }
  if (!edits.length) return { doc, changes };
  const text = TextDocument.applyEdits(doc, edits);
  const refused = await writeBack(doc.uri, cwd, doc.getText(), text);
  if (refused) return { doc, changes: [], refused };
  return { doc: TextDocument.create(doc.uri, 'markdown', 2, text), changes };
}

const textLine = (file: string, d: Diagnostic): string =>
  `${printable(file)}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${LEVEL[d.severity ?? 1].name}: ${printable(String(d.message))} [${d.code}]`;

const plain = (d: Diagnostic) => ({
  line: d.range.start.line + 1,
  column: d.range.start.character + 1,
  endLine: d.range.end.line + 1,
  endColumn: d.range.end.character + 1,
  severity: LEVEL[d.severity ?? 1].name,
  rule: d.code,
  message: d.message,
});

/** `asean-ref check FILES…`: the server's diagnostics on drafts, for CI and pre-commit hooks. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Engine } from './engine';
import { mapLimit, readDraft, type Read } from './files';
import { isDynamicPattern } from 'tinyglobby';
import { expand, STDIN, type SelectOptions } from './select';
import { printable } from '../data/printable';
import { progress, type Io } from './output';
import { toSarif, type FileFindings, type Notice } from './sarif';
import { LEVEL, reaches } from './severity';

export type Format = 'text' | 'json' | 'sarif';

/** Files read at once: enough to keep the disk busy while earlier files are scanned, few enough for any ulimit. */
const READ_CONCURRENCY = 16;

export async function check(engine: Engine, args: string[], format: Format, io: Io, cwd: string, version: string, select: SelectOptions = {}): Promise<number> {
  const { files, unmatched } = await expand(args, cwd, select);
  const notices: Notice[] = unmatched.map((pattern) => ({ file: pattern, message: isDynamicPattern(pattern) ? 'no files match this pattern' : 'no Markdown files in this folder' }));
  for (const n of notices) io.stderr.write(`${printable(n.file)}: ${n.message}\n`);

  const bar = progress(io, files.length);
  let done = 0;
  const results = await mapLimit(files, READ_CONCURRENCY, async (file): Promise<FileFindings | Notice> => {
    const read = file === STDIN ? await readStdin(io) : await readDraft(file, cwd);
    bar.tick(++done);
    if ('error' in read) return { file: read.file, message: read.error };
    const doc = TextDocument.create(read.file, 'markdown', 1, read.text);
    const found = engine.service.diagnostics(engine.service.contextWith(doc, engine.config));
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
  io.stdout.write(render(findings, notices, format, version, cwd));
  if (format === 'text') io.stderr.write(summary(findings));
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

/** One line on stderr after a text run: how many files were checked, and findings per severity. */
function summary(findings: readonly FileFindings[]): string {
  const checked = findings.length;
  const counts = new Map<string, number>();
  let withFindings = 0;
  for (const f of findings) {
    if (f.diagnostics.length) withFindings++;
    for (const d of f.diagnostics) counts.set(LEVEL[d.severity ?? 1].name, (counts.get(LEVEL[d.severity ?? 1].name) ?? 0) + 1);
  }
  const files = `${checked} file${checked === 1 ? '' : 's'} checked`;
  if (counts.size === 0) return `asean-ref: ${files}, no findings\n`;
  const plural = (name: string, n: number): string => (name === 'information' || n === 1 ? `${n} ${name}` : `${n} ${name}s`);
  const parts = ['error', 'warning', 'information', 'hint'].filter((n) => counts.has(n)).map((n) => plural(n, counts.get(n) ?? 0));
  return `asean-ref: ${files}: ${parts.join(', ')} in ${withFindings} file${withFindings === 1 ? '' : 's'}\n`;
}

function render(findings: FileFindings[], notices: Notice[], format: Format, version: string, cwd: string): string {
  if (format === 'sarif') return JSON.stringify(toSarif(findings, notices, version, cwd), null, 2) + '\n';
  if (format === 'json') return JSON.stringify(findings.map(({ file, diagnostics }) => ({ file, diagnostics: diagnostics.map(plain) })), null, 2) + '\n';
  return findings.flatMap(({ file, diagnostics }) => diagnostics.map((d) => textLine(file, d) + '\n')).join('');
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

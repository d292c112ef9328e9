/** `asean-ref check FILES…`: the server's diagnostics on drafts, for CI and pre-commit hooks. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Engine } from './engine';
import { expand, mapLimit, readDraft } from './files';
import { printable } from '../data/printable';
import { progress, type Io } from './output';
import { toSarif, type FileFindings, type Notice } from './sarif';
import { LEVEL, reaches } from './severity';

export type Format = 'text' | 'json' | 'sarif';

/** Files read at once: enough to keep the disk busy while earlier files are scanned, few enough for any ulimit. */
const READ_CONCURRENCY = 16;

export async function check(engine: Engine, args: string[], format: Format, io: Io, cwd: string, version: string): Promise<number> {
  const { files, unmatched } = await expand(args, cwd);
  const notices: Notice[] = unmatched.map((pattern) => ({ file: pattern, message: 'no files match this pattern' }));
  for (const n of notices) io.stderr.write(`${printable(n.file)}: ${n.message}\n`);

  const bar = progress(io, files.length);
  let done = 0;
  const results = await mapLimit(files, READ_CONCURRENCY, async (file): Promise<FileFindings | Notice> => {
    const read = await readDraft(file, cwd);
    bar.tick(++done);
    if ('error' in read) return { file, message: read.error };
    const doc = TextDocument.create(file, 'markdown', 1, read.text);
    const found = engine.service.diagnostics(engine.service.contextWith(doc, engine.config));
    engine.service.forget(doc.uri);
    return { file, diagnostics: found };
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
  if (notices.length) return 2;
  return findings.some((f) => f.diagnostics.some((d) => reaches(d.severity, engine.config.failOn))) ? 1 : 0;
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

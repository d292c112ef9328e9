/** `asean-ref check FILES…`: the server's diagnostics on drafts, for CI. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { formatProblem } from '../data/dataset';
import { diagnostics } from '../features/diagnostics';
import { scanDocument } from '../scan/scan';
import type { Engine } from './engine';
import { expand, readDraft } from './files';
import { progress, type Io } from './output';
import { toSarif, type FileFindings } from './sarif';
import { LEVEL, reaches } from './severity';

export type Format = 'text' | 'json' | 'sarif';

export async function check(engine: Engine, args: string[], format: Format, io: Io, cwd: string, version: string): Promise<number> {
  if (engine.dataProblems.length) {
    for (const p of engine.dataProblems) io.stderr.write(formatProblem(p) + '\n');
    if (engine.dataProblems.some((p) => p.severity === 'error')) return 2;
  }
  const files = await expand(args, cwd);
  const findings: FileFindings[] = [];
  let unreadable = 0;
  const bar = progress(io, files.length);
  files.forEach((file, i) => {
    const read = readDraft(file, cwd);
    bar.tick(i + 1);
    if ('error' in read) {
      unreadable++;
      io.stderr.write(`${file}: ${read.error}\n`);
      return;
    }
    const doc = TextDocument.create(file, 'markdown', 1, read.text);
    findings.push({ file, diagnostics: diagnostics(doc, engine.index, scanDocument(doc, engine.index), engine.config) });
  });
  bar.end();
  io.stdout.write(render(findings, format, version));
  if (unreadable) return 2;
  return findings.some((f) => f.diagnostics.some((d) => reaches(d.severity, engine.config.failOn))) ? 1 : 0;
}

function render(findings: FileFindings[], format: Format, version: string): string {
  if (format === 'sarif') return JSON.stringify(toSarif(findings, version), null, 2) + '\n';
  if (format === 'json') return JSON.stringify(findings.map(({ file, diagnostics }) => ({ file, diagnostics: diagnostics.map(plain) })), null, 2) + '\n';
  return findings.flatMap(({ file, diagnostics }) => diagnostics.map((d) => textLine(file, d) + '\n')).join('');
}

const textLine = (file: string, d: Diagnostic): string =>
  `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${LEVEL[d.severity ?? 1].name}: ${d.message} [${d.code}]`;

const plain = (d: Diagnostic) => ({
  line: d.range.start.line + 1,
  column: d.range.start.character + 1,
  endLine: d.range.end.line + 1,
  endColumn: d.range.end.character + 1,
  severity: LEVEL[d.severity ?? 1].name,
  rule: d.code,
  message: d.message,
});

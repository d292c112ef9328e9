/** SARIF 2.1.0, the format code-hosting platforms (GitHub code scanning among them) read to annotate pull requests. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { rules } from '../service/service';
import { toLspSeverity } from '../data/severity';
import { LEVEL } from './severity';

export interface FileFindings {
  file: string;
  diagnostics: Diagnostic[];
}

/** A file the run could not check, or a problem in the data it loaded. */
export interface Notice {
  file: string;
  message: string;
  /** 1-based, when known. */
  line?: number;
  column?: number;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export function toSarif(findings: readonly FileFindings[], notices: readonly Notice[], version: string, cwd: string): object {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'asean-ref',
            version,
            semanticVersion: version,
            informationUri: 'https://github.com/asean-ref/asean-ref',
            rules: rules.map((r) => ({ id: r.id, name: camel(r.id), shortDescription: { text: r.description.en }, defaultConfiguration: { level: LEVEL[toLspSeverity(r.defaultSeverity)].sarif } })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd + path.sep).href } },
        invocations: [
          {
            executionSuccessful: notices.length === 0,
            toolExecutionNotifications: notices.map((n) => ({
              level: 'error',
              message: { text: n.message },
              locations: [location(n.file, cwd, n.line === undefined ? undefined : { startLine: n.line, startColumn: n.column ?? 1 })],
            })),
          },
        ],
        results: findings.flatMap(({ file, diagnostics }) => diagnostics.map((d) => result(file, d, cwd, ruleIndex))),
      },
    ],
  };
}

function result(file: string, d: Diagnostic, cwd: string, ruleIndex: Map<string, number>): object {
  const { start, end } = d.range;
  const ruleId = String(d.code ?? 'asean-ref');
  return {
    ruleId,
    ...(ruleIndex.has(ruleId) ? { ruleIndex: ruleIndex.get(ruleId) } : {}),
    level: LEVEL[d.severity ?? 1].sarif,
    message: { text: d.message },
    locations: [location(file, cwd, { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 })],
  };
}

function location(file: string, cwd: string, region?: object): object {
  return { physicalLocation: { artifactLocation: { uri: relativeUri(file, cwd), uriBaseId: 'SRCROOT' }, ...(region ? { region } : {}) } };
}

/** The file relative to cwd, as a URI reference: forward slashes, spaces and other unsafe characters percent-encoded. */
export function relativeUri(file: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
  return relative.split('/').map(encodeURIComponent).join('/');
}

const camel = (id: string): string => id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase());

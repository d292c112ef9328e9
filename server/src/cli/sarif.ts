/** SARIF 2.1.0, the format code-hosting platforms read to annotate pull requests. */
import type { Diagnostic } from 'vscode-languageserver-types';
import { rules } from '../features/diagnostics';
import { LEVEL } from './severity';

export interface FileFindings {
  file: string;
  diagnostics: Diagnostic[];
}

export function toSarif(findings: readonly FileFindings[], version: string): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'asean-ref',
            version,
            informationUri: 'https://github.com/asean-ref/asean-ref',
            rules: rules.map((r) => ({ id: r.id, shortDescription: { text: r.description } })),
          },
        },
        results: findings.flatMap(({ file, diagnostics }) => diagnostics.map((d) => result(file, d))),
      },
    ],
  };
}

function result(file: string, d: Diagnostic): object {
  const { start, end } = d.range;
  return {
    ruleId: String(d.code ?? 'asean-ref'),
    level: LEVEL[d.severity ?? 1].sarif,
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: file.split('\\').join('/') },
          region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
        },
      },
    ],
  };
}

/** What every diagnostics rule sees and returns. A rule is a pure function; adding one is adding a file. */
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../../data/dataset';
import type { EntityIndex } from '../../index/types';
import type { DocumentScan } from '../../scan/hits';
import type { Settings } from '../../settings';

export interface RuleContext {
  doc: TextDocument;
  index: EntityIndex;
  scan: DocumentScan;
  settings: Settings;
  /** The language messages are written in (the card language). */
  lang: Lang;
}

export interface Rule {
  /** Stable name, shown as the diagnostic code and used by `--fail-on` filters and SARIF rule ids. */
  id: string;
  description: string;
  /** The severity the rule reports at (SARIF's defaultConfiguration.level). */
  severity: DiagnosticSeverity;
  run(ctx: RuleContext): Diagnostic[];
}

/** A finding of `rule` over [start, end) of the document: the one place diagnostics get their source and code. */
export function finding(rule: Rule, doc: TextDocument, start: number, end: number, message: string): Diagnostic {
  return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, severity: rule.severity, source: 'asean-ref', code: rule.id, message };
}

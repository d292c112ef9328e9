/**
 * Diagnostics for a draft: every rule over the scanned document, in document order.
 * The server and `asean-ref check` share it. A rule is one file under rules/; adding one
 * is adding it to `rules` below (its id becomes the diagnostic code and a SARIF rule).
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EntityIndex } from '../index/types';
import type { DocumentScan } from '../scan/hits';
import type { RuleLevel, Settings } from '../settings';
import { ambiguousReference } from './rules/ambiguous-reference';
import type { Rule } from './rules/rule';
import { unknownInstance } from './rules/unknown-instance';

export type { Rule, RuleContext } from './rules/rule';

export const rules: readonly Rule[] = [unknownInstance, ambiguousReference];

export function diagnostics(doc: TextDocument, index: EntityIndex, scan: DocumentScan, settings: Settings): Diagnostic[] {
  const lang = settings.cardLanguage === 'auto' ? scan.lang : settings.cardLanguage;
  const levels = settings.rules ?? {};
  const found = rules.filter((rule) => levels[rule.id] !== 'off').flatMap((rule) => atLevel(rule.run({ doc, index, scan, settings, lang }), levels[rule.id]));
  return found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

const LEVEL_SEVERITY: Record<Exclude<RuleLevel, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The project's config may report a rule at another severity. */
function atLevel(found: Diagnostic[], level: RuleLevel | undefined): Diagnostic[] {
  if (!level || level === 'off') return found;
  return found.map((d) => ({ ...d, severity: LEVEL_SEVERITY[level] }));
}

/** Diagnostics the server publishes for one draft at most; the editor's Problems view is no place for more. */
export const MAX_DIAGNOSTICS = 1000;

/** The first `max` diagnostics, then one saying how many more there are (at the first one left out). */
export function capDiagnostics(found: Diagnostic[], lang: 'id' | 'en', max = MAX_DIAGNOSTICS): Diagnostic[] {
  if (found.length <= max) return found;
  const rest = found.length - max;
  const message = lang === 'id' ? `… dan ${rest} temuan lain tidak ditampilkan` : `… and ${rest} more findings not shown`;
  return [...found.slice(0, max), { range: found[max].range, severity: DiagnosticSeverity.Information, source: 'asean-ref', code: 'too-many-findings', message }];
}

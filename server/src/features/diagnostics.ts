/**
 * Diagnostics for a draft: every rule over the scanned document, in document order.
 * The server and `asean-ref check` share it. A rule is one file under rules/; adding one
 * is adding it to `rules` below (its id becomes the diagnostic code and a SARIF rule).
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { cancelled, type RequestContext } from './request';
import { ambiguousReference } from './rules/ambiguous-reference';
import type { Rule } from './rules/rule';
import { unknownInstance } from './rules/unknown-instance';

export type { Rule, RuleContext } from './rules/rule';

export const rules: readonly Rule[] = [unknownInstance, ambiguousReference];

export function diagnostics(ctx: RequestContext): Diagnostic[] {
  const { doc, index, scan, settings, cardLang: lang } = ctx;
  const found: Diagnostic[] = [];
  for (const rule of rules) if (!cancelled(ctx)) found.push(...rule.run({ doc, index, scan, settings, lang }));
  return found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
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

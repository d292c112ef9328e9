/**
 * Diagnostics for a draft: every rule over the scanned document, in document order, and the quick
 * fixes of a finding. The server and `asean-ref check` share it. A rule is one file under rules/
 * plus its line in rules/index.ts (its id becomes the diagnostic code and a SARIF rule).
 */
import { DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { cancelled, type RequestContext } from './request';
import { rules } from './rules';
import { runRule, type RuleContext } from './rules/rule';
import { unsuppressed } from './rules/suppress';
import { recordsOnce } from './rules/records-once';

export { rules } from './rules';
export type { Rule, RuleContext } from './rules/rule';

const ruleContext = ({ doc, index, scan, settings, cardLang: lang, dataFile }: RequestContext): RuleContext => ({ doc, index: recordsOnce(index), scan, settings, lang, dataFile });

export function diagnostics(ctx: RequestContext): Diagnostic[] {
  const rc = ruleContext(ctx);
  const found: Diagnostic[] = [];
  for (const rule of rules) if (!cancelled(ctx)) found.push(...runRule(rule, rc));
  return unsuppressed(ctx.doc, found).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The quick fixes for the given diagnostics (as the client sends them back), each from the rule that reported it. */
export function codeActions(ctx: RequestContext, reported: readonly Diagnostic[]): CodeAction[] {
  const rc = ruleContext(ctx);
  const out: CodeAction[] = [];
  for (const d of reported) {
    if (d.source !== 'asean-ref' || cancelled(ctx)) continue;
    const rule = rules.find((r) => r.id === d.code);
    if (rule?.fix) out.push(...rule.fix(rc, d));
  }
  return out;
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

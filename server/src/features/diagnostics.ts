/**
 * Diagnostics for a draft: every rule over the scanned document, in document order, and the quick
 * fixes of a finding. The server and `asean-ref check` share it. A rule is one file under rules/
 * plus its line in rules/index.ts (its id becomes the diagnostic code and a SARIF rule).
 *
 * Rules read the draft paragraph by paragraph (rules/read-draft.ts); with the memo of the draft's last
 * pass (the service keeps one per document), only paragraphs that changed are read again.
 */
import { DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { nonProseRanges } from '../scan/prose';
import { cancelled, type RequestContext } from './request';
import { rules } from './rules';
import { diagnosticsMemo, keptFor, readDraft, type DiagnosticsMemo } from './rules/read-draft';
import { ruleSeverity, runRule, type RuleContext } from './rules/rule';
import { unsuppressed } from './rules/suppress';

export { rules } from './rules';
export type { Rule, RuleContext } from './rules/rule';
export { diagnosticsMemo, type DiagnosticsMemo } from './rules/read-draft';

const ruleContext = ({ doc, index, scan, settings, cardLang: lang, dataFile }: RequestContext): RuleContext => ({ doc, index, scan, settings, lang, dataFile });

/** Every finding of the rules the settings leave on; `memo`: what the last pass over this draft kept (a fresh one reads everything). */
export function diagnostics(ctx: RequestContext, memo: DiagnosticsMemo = diagnosticsMemo()): Diagnostic[] {
  const rc = ruleContext(ctx);
  const on = rules.filter((r) => ruleSeverity(r, ctx.settings) !== 'off');
  const text = ctx.doc.getText();
  const draft = { text, nonProse: ctx.nonProse ?? nonProseRanges(text), hits: ctx.scan.hits };
  const notes = readDraft(draft, { index: ctx.index, lang: rc.lang, draftLang: ctx.scan.lang }, on, memo);
  const found: Diagnostic[] = [];
  on.forEach((rule, k) => {
    if (!cancelled(ctx)) found.push(...runRule(rule, rc, notes[k], keptFor(memo, rule)));
  });
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

/**
 * The rule contract. A rule is one file under rules/ plus its line in rules/index.ts: an id (the
 * diagnostic code, the key of its severity in the `rules` setting, the SARIF rule id), a default
 * severity, its messages by id in both languages, a pure `run`, and optionally `data` on each finding
 * and a `fix` that turns a finding back into code actions (quick fixes the writer chooses).
 */
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../../data/dataset';
import { toLspSeverity, type Severity } from '../../data/severity';
import type { EntityIndex } from '../../index/types';
import type { DocumentScan } from '../../scan/hits';
import type { Settings, Text } from '../../settings';
import type { DataFileTarget } from '../request';

export interface RuleContext {
  doc: TextDocument;
  index: EntityIndex;
  scan: DocumentScan;
  settings: Settings;
  /** The language messages are written in (the card language). */
  lang: Lang;
  /** The workspace's team data file, for fixes that add an entity to it. */
  dataFile?: () => DataFileTarget | undefined;
}

/** A message in both languages, filled in from the finding's parameters. */
export type Message<P> = { [L in Lang]: (params: P) => string };

export interface Rule<M extends Record<string, Message<never>> = Record<string, Message<never>>, D = unknown> {
  /** Stable name: the diagnostic code, the key in the `rules` setting, `--fail-on` filters and SARIF rule ids. */
  id: string;
  description: Text;
  /** The severity it reports at unless the `rules` setting says otherwise (SARIF's defaultConfiguration.level). */
  defaultSeverity: Severity;
  /** Every message the rule writes, by id. */
  messages: M;
  run(ctx: RuleContext, report: Reporter<M, D>): void;
  /** Quick fixes for one of this rule's findings, checked against the current scan (the client sends `data` back). */
  fix?(ctx: RuleContext, diagnostic: Diagnostic & { data?: D }): CodeAction[];
  /** Its fix needs no choice (one action, one edit): `asean-ref check --fix` applies it. */
  autoFix?: boolean;
}

/** How a rule reports a finding over [start, end): by message id, with that message's parameters. */
export type Reporter<M extends Record<string, Message<never>>, D> = <K extends keyof M & string>(
  start: number,
  end: number,
  message: K,
  params: M[K] extends Message<infer P> ? P : never,
  data?: D,
) => void;

/** The severity a rule reports at under these settings, or 'off'. */
export function ruleSeverity(rule: Pick<Rule, 'id' | 'defaultSeverity'>, settings: Settings): Severity | 'off' {
  return Object.prototype.hasOwnProperty.call(settings.rules, rule.id) ? settings.rules[rule.id] : rule.defaultSeverity;
}

/** Runs a rule: the one place diagnostics get their source, code, severity and message text. */
export function runRule(rule: Rule, ctx: RuleContext): Diagnostic[] {
  const severity = ruleSeverity(rule, ctx.settings);
  if (severity === 'off') return [];
  const out: Diagnostic[] = [];
  rule.run(ctx, (start, end, message, params, data) => {
    const text = (rule.messages[message] as Message<typeof params>)[ctx.lang](params);
    const range = { start: ctx.doc.positionAt(start), end: ctx.doc.positionAt(end) };
    out.push({ range, severity: toLspSeverity(severity), source: 'asean-ref', code: rule.id, message: text, ...(data === undefined ? {} : { data }) });
  });
  return out;
}

/** Defines a rule with its message and data types checked. */
export const defineRule = <M extends Record<string, Message<never>>, D = never>(rule: Rule<M, D>): Rule => rule as unknown as Rule;

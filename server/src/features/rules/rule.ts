/**
 * The rule contract. A rule is one file under rules/ plus its line in rules/index.ts: an id (the
 * diagnostic code, the key of its severity in the `rules` setting, the SARIF rule id), a default
 * severity, its messages by id in both languages, and two pure steps: `read` looks at one paragraph
 * on its own, `run` reports the draft's findings from what was read. A writer edits one paragraph at a
 * time, so the engine (diagnostics.ts) keeps each paragraph's notes by its text and re-reads only the
 * paragraphs an edit touched; `run` goes over the notes, never the text, and is where a rule that
 * needs the whole draft (the first use of an acronym) decides. Optionally `data` on each finding and a
 * `fix` that turns a finding back into code actions (quick fixes the writer chooses).
 */
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../../data/dataset';
import { toLspSeverity, type Severity } from '../../data/severity';
import type { EntityIndex } from '../../index/types';
import type { DocumentScan, Hit } from '../../scan/hits';
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

/** One paragraph as `read` sees it: offsets are within the paragraph, so its notes stay true wherever it moves. */
export interface Paragraph {
  /** As written. */
  readonly text: string;
  /** With what is not prose blanked, as the scan masked it (same length; the same string when nothing is). */
  readonly prose: string;
  /** Its references, sorted by start. */
  readonly hits: readonly Hit[];
}

/** What `read` may use beside the paragraph. Notes are kept only while all of it stays the same. */
export interface ReadContext {
  readonly index: EntityIndex;
  /** The language messages are written in (the card language). */
  readonly lang: Lang;
  /** The draft's own language: what a fix writes into the text. */
  readonly draftLang: Lang;
}

/** One paragraph's notes, and where the paragraph starts in the draft. */
export interface Placed<N> {
  readonly at: number;
  readonly notes: N;
}

/** A message in both languages, filled in from the finding's parameters. */
export type Message<P> = { [L in Lang]: (params: P) => string };

export interface Rule<M extends Record<string, Message<never>> = Record<string, Message<never>>, D = unknown, N = unknown, S = unknown> {
  /** Stable name: the diagnostic code, the key in the `rules` setting, `--fail-on` filters and SARIF rule ids. */
  id: string;
  description: Text;
  /** The severity it reports at unless the `rules` setting says otherwise (SARIF's defaultConfiguration.level). */
  defaultSeverity: Severity;
  /** Every message the rule writes, by id. */
  messages: M;
  /** What the rule finds in one paragraph, from that paragraph alone: plain data in paragraph offsets. */
  read(p: Paragraph, ctx: ReadContext): N;
  /** Reports the draft's findings from every paragraph's notes, in document order; `kept` is what it keeps between passes over this draft. */
  run(ctx: RuleContext, paragraphs: readonly Placed<N>[], report: Reporter<M, D>, kept: S): void;
  /** What `run` keeps between passes over one draft (records it read), made fresh for each draft and index. */
  keep?(): S;
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

/** A finding as `read` notes it, in paragraph offsets, until `run` reports it. */
export interface Finding<M extends Record<string, Message<never>>, D> {
  start: number;
  end: number;
  message: keyof M & string;
  params: unknown;
  data?: D;
}

/** Reports every noted finding at its place in the draft: the `run` of a rule whose findings depend on their paragraph alone. */
export function reportAll<M extends Record<string, Message<never>>, D>(paragraphs: readonly Placed<readonly Finding<M, D>[]>[], report: Reporter<M, D>): void {
  for (const { at, notes } of paragraphs) for (const f of notes) report(at + f.start, at + f.end, f.message, f.params as never, f.data);
}

/** The severity a rule reports at under these settings, or 'off'. */
export function ruleSeverity(rule: Pick<Rule, 'id' | 'defaultSeverity'>, settings: Settings): Severity | 'off' {
  return Object.prototype.hasOwnProperty.call(settings.rules, rule.id) ? settings.rules[rule.id] : rule.defaultSeverity;
}

/** Runs a rule over its notes: the one place diagnostics get their source, code, severity and message text. */
export function runRule(rule: Rule, ctx: RuleContext, paragraphs: readonly Placed<unknown>[], kept: unknown): Diagnostic[] {
  const severity = ruleSeverity(rule, ctx.settings);
  if (severity === 'off') return [];
  const out: Diagnostic[] = [];
  const lsp = toLspSeverity(severity);
  rule.run(ctx, paragraphs, (start, end, message, params, data) => {
    const text = (rule.messages[message] as Message<typeof params>)[ctx.lang](params);
    const range = { start: ctx.doc.positionAt(start), end: ctx.doc.positionAt(end) };
    out.push({ range, severity: lsp, source: 'asean-ref', code: rule.id, message: text, ...(data === undefined ? {} : { data }) });
  }, kept);
  return out;
}

/** Defines a rule with its message, data, notes and kept-state types checked. */
export const defineRule = <M extends Record<string, Message<never>>, D = never, N = readonly Finding<M, D>[], S = undefined>(rule: Rule<M, D, N, S>): Rule => rule as unknown as Rule;

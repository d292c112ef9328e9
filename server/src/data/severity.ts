/**
 * The one severity type: how data problems, rules and settings name a severity, and the LSP number
 * each is published as (DiagnosticSeverity: 1 error … 4 hint).
 */
import { DiagnosticSeverity } from 'vscode-languageserver-types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Most severe first: the order --fail-on ranks by. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export const isSeverity = (s: unknown): s is Severity => SEVERITIES.includes(s as Severity);

const LSP: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const toLspSeverity = (s: Severity): DiagnosticSeverity => LSP[s];

/** A published diagnostic's severity by name; LSP says a missing one is the client's to choose, and we read it as error. */
export const severityOf = (lsp: number | undefined): Severity => SEVERITIES[(lsp ?? DiagnosticSeverity.Error) - 1] ?? 'error';

/** Is `s` at least as severe as `threshold`? */
export const reaches = (s: Severity, threshold: Severity): boolean => SEVERITIES.indexOf(s) <= SEVERITIES.indexOf(threshold);

/** One way to build a Problem, so every check reports the same shape (span, rule, severity). */
import type { Problem, Severity, Span } from './dataset';

export function problemAt(file: string, span: Span, rule: string, message: string, severity: Severity = 'error'): Problem {
  return {
    file,
    line: span.start.line,
    character: span.start.character,
    endLine: span.end.line,
    endCharacter: span.end.character,
    severity,
    message,
    rule,
  };
}

export const isError = (p: Problem): boolean => p.severity === 'error';

/** Problems in file order, so output reads top to bottom. */
export function byPosition(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.character - b.character || a.message.localeCompare(b.message);
}

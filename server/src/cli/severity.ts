/** LSP severities (1 error … 4 hint) as the CLI names them, ranks them for --fail-on, and as SARIF levels. */
import type { Severity } from '../data/dataset';

export const LEVEL: Record<number, { name: Severity; sarif: string }> = {
  1: { name: 'error', sarif: 'error' },
  2: { name: 'warning', sarif: 'warning' },
  3: { name: 'information', sarif: 'note' },
  4: { name: 'hint', sarif: 'note' },
};

const RANK: Record<Severity, number> = { error: 1, warning: 2, information: 3, hint: 4 };

/** Does a diagnostic of this LSP severity reach the --fail-on threshold? */
export const reaches = (lspSeverity: number | undefined, failOn: Severity): boolean => (lspSeverity ?? 1) <= RANK[failOn];

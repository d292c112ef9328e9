/** LSP severities as the CLI names them, ranks them for --fail-on, and as SARIF levels. */
import { reaches as atLeast, severityOf, SEVERITIES, type Severity } from '../data/severity';

const SARIF: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export const LEVEL: Record<number, { name: Severity; sarif: string }> = Object.fromEntries(
  SEVERITIES.map((name, i) => [i + 1, { name, sarif: SARIF[name] }]),
);

/** Does a diagnostic of this LSP severity reach the --fail-on threshold? */
export const reaches = (lspSeverity: number | undefined, failOn: Severity): boolean => atLeast(severityOf(lspSeverity), failOn);

/**
 * What the language status item says, as plain data: the server's `aseanRef/status` numbers in, text,
 * detail and severity out. No `vscode` import, so unit tests call it; `t` is vscode.l10n.t in the editor.
 */

import type { StatusParams } from '../../server/src/protocol';

export type StatusSeverity = 'information' | 'warning' | 'error';

export interface StatusView {
  text: string;
  detail: string;
  severity: StatusSeverity;
  busy: boolean;
}

/** vscode.l10n.t's shape: a message with {0}-style placeholders and its arguments. */
export type Translate = (message: string, ...args: (string | number)[]) => string;

export const plainTranslate: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (m, i: string) => String(args[Number(i)] ?? m));

export function loadingView(t: Translate): StatusView {
  return { text: t('ASEAN Ref'), detail: t('loading data…'), severity: 'information', busy: true };
}

export function stoppedView(t: Translate): StatusView {
  return { text: t('$(error) ASEAN Ref'), detail: t('the language server is not running'), severity: 'error', busy: false };
}

export function loadedView(status: StatusParams, t: Translate): StatusView {
  const loaded = status.entities === 1 ? t('1 entity') : t('{0} entities', status.entities);
  const sources = status.sources === 1 ? t('1 source') : t('{0} sources', status.sources);
  if (status.dataProblems <= 0) return { text: t('$(book) ASEAN Ref: {0}', loaded), detail: sources, severity: 'information', busy: false };
  const errors = Math.min(status.dataErrors ?? 0, status.dataProblems);
  const problems = status.dataProblems === 1 ? t('1 data problem') : t('{0} data problems', status.dataProblems);
  return {
    text: t('$(warning) ASEAN Ref: {0}', problems),
    detail: t('{0}, {1}; the last good data is in use (see the Problems view)', loaded, sources),
    severity: errors > 0 ? 'error' : 'warning',
    busy: false,
  };
}

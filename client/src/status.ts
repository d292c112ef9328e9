/**
 * The language status item for Markdown (next to the language mode, like ESLint's and cSpell's): how much
 * data is loaded, data problems and their severity, busy while loading; its command opens the output.
 * It shows only while a Markdown editor is active, unlike a status bar item.
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol';
import { loadedView, loadingView, stoppedView, type StatusView } from './status-view';

export { STATUS_NOTIFICATION, type StatusParams } from '../../server/src/protocol';

const SEVERITY: Record<StatusView['severity'], vscode.LanguageStatusSeverity> = {
  information: vscode.LanguageStatusSeverity.Information,
  warning: vscode.LanguageStatusSeverity.Warning,
  error: vscode.LanguageStatusSeverity.Error,
};

export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;

  constructor(showOutputCommand: string) {
    this.item = vscode.languages.createLanguageStatusItem('aseanRef.status', { language: 'markdown' });
    this.item.name = vscode.l10n.t('ASEAN Reference Lookup');
    this.item.command = { command: showOutputCommand, title: vscode.l10n.t('Show Output') };
    this.starting();
  }

  starting(): void {
    this.show(loadingView(vscode.l10n.t));
  }

  stopped(): void {
    this.show(stoppedView(vscode.l10n.t));
  }

  update(status: StatusParams): void {
    this.show(loadedView(status, vscode.l10n.t));
  }

  private show(view: StatusView): void {
    this.item.text = view.text;
    this.item.detail = view.detail;
    this.item.severity = SEVERITY[view.severity];
    this.item.busy = view.busy;
    this.item.accessibilityInformation = { label: `${view.text.replace(/\$\([\w~-]+\)\s*/g, '')}. ${view.detail}` };
  }

  dispose(): void {
    this.item.dispose();
  }
}

/** The status bar item: how much data is loaded, or how many data files have problems. Click -> the output. */
import * as vscode from 'vscode';

import type { StatusParams } from '../../server/src/protocol';

export { STATUS_NOTIFICATION, type StatusParams } from '../../server/src/protocol';

export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;

  constructor(showOutputCommand: string) {
    this.item = vscode.window.createStatusBarItem('aseanRef.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'ASEAN Ref';
    this.item.command = showOutputCommand;
    this.starting();
    this.item.show();
  }

  starting(): void {
    this.item.text = '$(sync~spin) ASEAN Ref';
    this.item.tooltip = 'ASEAN Reference Lookup: loading data…';
    this.item.backgroundColor = undefined;
  }

  stopped(): void {
    this.item.text = '$(error) ASEAN Ref';
    this.item.tooltip = 'ASEAN Reference Lookup: the language server is not running. Click to show the output.';
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
  }

  update(status: StatusParams): void {
    const entities = `${status.entities} entities, ${status.sources} sources`;
    if (status.dataProblems > 0) {
      const problems = `${status.dataProblems} data problem${status.dataProblems === 1 ? '' : 's'}`;
      this.item.text = `$(warning) ASEAN Ref: ${problems}`;
      this.item.tooltip = `ASEAN Reference Lookup: ${entities}. ${problems} (see the Problems view); the last good data is in use. Click to show the output.`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else {
      this.item.text = `$(book) ASEAN Ref: ${status.entities} entities`;
      this.item.tooltip = `ASEAN Reference Lookup: ${entities}. Click to show the output.`;
      this.item.backgroundColor = undefined;
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}

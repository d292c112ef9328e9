/**
 * The writer's palette commands (Markdown only, see package.json menus): they ask the server and apply
 * what it returns. "Insert List of Abbreviations" and "Insert Citation" apply the server's workspace edit; "Look Up a
 * Reference…" is a quick pick over workspace/symbol that inserts the chosen form at the cursor, or
 * (its button) opens the entity's source.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, WorkspaceSymbolRequest, type LanguageClient, type WorkspaceEdit, type WorkspaceSymbol } from 'vscode-languageclient/node';
import { ABBREVIATIONS_COMMAND, CITATION_COMMAND } from '../../server/src/protocol';

export const INSERT_ABBREVIATIONS = 'aseanRef.insertAbbreviations';
export const LOOK_UP = 'aseanRef.lookUpReference';
export const INSERT_CITATION = 'aseanRef.insertCitation';

interface SymbolItem extends vscode.QuickPickItem {
  symbol: WorkspaceSymbol;
}

const markdownEditor = (): vscode.TextEditor | undefined => {
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === 'markdown' ? editor : undefined;
};

export function registerWriterCommands(lc: LanguageClient): vscode.Disposable[] {
  const openSource: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: 'Open source' };

  /** Asks the server for a command's workspace edit on the active Markdown draft, and applies it. */
  const applyServerEdit = async (command: string, withCursor: boolean): Promise<void> => {
    const editor = markdownEditor();
    if (!editor) return;
    const args: unknown[] = [editor.document.uri.toString()];
    if (withCursor) args.push(lc.code2ProtocolConverter.asPosition(editor.selection.active));
    const result = await lc.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
    if (!result) {
      if (withCursor) void vscode.window.showInformationMessage('ASEAN Ref: no reference with a source under the cursor.');
      return;
    }
    await vscode.workspace.applyEdit(await lc.protocol2CodeConverter.asWorkspaceEdit(result as WorkspaceEdit));
  };

  const open = async (symbol: WorkspaceSymbol): Promise<void> => {
    const uri = vscode.Uri.parse(symbol.location.uri);
    if (uri.scheme === 'https') {
      await vscode.env.openExternal(uri);
      return;
    }
    const range = 'range' in symbol.location ? lc.protocol2CodeConverter.asRange(symbol.location.range) : undefined;
    await vscode.window.showTextDocument(uri, { selection: range, preview: true });
  };

  const lookUp = async (): Promise<void> => {
    const editor = markdownEditor();
    const pick = vscode.window.createQuickPick<SymbolItem>();
    pick.placeholder = 'ARSOM, KTT ASEAN ke-42, Senior Officials…';
    pick.matchOnDescription = true;
    let asked = 0;
    pick.onDidChangeValue(async (query) => {
      const mine = ++asked;
      const found = ((await lc.sendRequest(WorkspaceSymbolRequest.type, { query })) ?? []) as WorkspaceSymbol[];
      if (mine !== asked) return;
      // The server ranks them; the quick pick must not re-sort them by its own matching.
      pick.items = found.map((symbol) => ({ label: symbol.name, description: symbol.containerName, alwaysShow: true, buttons: [openSource], symbol }));
    });
    pick.onDidTriggerItemButton(async (e) => {
      pick.hide();
      await open(e.item.symbol);
    });
    pick.onDidAccept(async () => {
      const chosen = pick.selectedItems[0];
      pick.hide();
      if (!chosen) return;
      if (editor) await editor.edit((b) => editor.selections.forEach((s) => b.replace(s, chosen.symbol.name)));
      else await open(chosen.symbol);
    });
    pick.onDidHide(() => pick.dispose());
    pick.show();
  };

  return [
    vscode.commands.registerCommand(INSERT_ABBREVIATIONS, () => applyServerEdit(ABBREVIATIONS_COMMAND, false)),
    vscode.commands.registerCommand(INSERT_CITATION, () => applyServerEdit(CITATION_COMMAND, true)),
    vscode.commands.registerCommand(LOOK_UP, lookUp),
  ];
}

// Helpers for the extension-host tests: open a fixture draft, find a word, ask VS Code's own commands.
import * as vscode from 'vscode';

export const extensionId = 'asean-ref.asean-ref';

/** The workspace folder the suite was started with (a copy of test/e2e/fixtures/workspace). */
export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the extension-host tests need the fixture drafts opened as the workspace folder');
  return folder.uri;
}

export async function openDraft(fileName: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceFolder(), fileName));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Writes a new draft into the workspace and opens it (for typing tests: the text ends where the cursor is). */
export async function newDraft(fileName: string, text: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.joinPath(workspaceFolder(), fileName);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return openDraft(fileName);
}

/** Position in the middle of the first occurrence of `word`. */
export function positionOf(doc: vscode.TextDocument, word: string): vscode.Position {
  const at = doc.getText().indexOf(word);
  if (at < 0) throw new Error(`"${word}" is not in ${doc.uri.path}`);
  return doc.positionAt(at + Math.floor(word.length / 2));
}

export function endOf(doc: vscode.TextDocument): vscode.Position {
  return doc.positionAt(doc.getText().length);
}

/** Asks again until the answer passes `ready`: the language server may still be starting. */
export async function until<T>(ask: () => Thenable<T>, ready: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await ask();
  while (!ready(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await ask();
  }
  return value;
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

export async function hoverAt(doc: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await until(
    () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position),
    (h) => hoverText(h ?? []).includes('ARSOM') || hoverText(h ?? []).length > 40,
  );
  return hoverText(hovers ?? []);
}

export async function completionsAt(doc: vscode.TextDocument, position: vscode.Position, want: RegExp): Promise<vscode.CompletionItem[]> {
  const list = await until(
    () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, position),
    (l) => (l?.items ?? []).some((i) => want.test(labelOf(i))),
  );
  return list?.items ?? [];
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** The order the suggest widget shows items in for what was typed: by sortText, then label. */
export function inWidgetOrder(items: vscode.CompletionItem[]): vscode.CompletionItem[] {
  const key = (i: vscode.CompletionItem) => i.sortText ?? labelOf(i);
  return [...items].sort((a, b) => key(a).localeCompare(key(b)));
}

export async function definitionsAt(doc: vscode.TextDocument, position: vscode.Position): Promise<{ uri: vscode.Uri; range: vscode.Range }[]> {
  const found = await until(
    () => vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, position),
    (d) => (d ?? []).length > 0,
  );
  return (found ?? []).map((d) =>
    'targetUri' in d ? { uri: d.targetUri, range: d.targetSelectionRange ?? d.targetRange } : { uri: d.uri, range: d.range },
  );
}

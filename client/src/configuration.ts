/**
 * What the server is told of the user's `aseanRef.*` settings: only the values the user set (in the user,
 * workspace or folder settings, or for Markdown), never the defaults, so that the project's
 * `.asean-ref.json` applies wherever the user has not chosen otherwise.
 */
import * as vscode from 'vscode';
import { SETTINGS } from '../../server/src/settings';

/** Every editor setting of the table (rules and exemptAcronyms too): one list, so none is left unsent. */
const KEYS = Object.values(SETTINGS).flatMap((spec) => (spec.editor ? [spec.editor] : []));

/** The `aseanRef` section for a resource, with the keys the user set and nothing else. */
export function explicitSection(scope: vscode.Uri | undefined): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('aseanRef', scope ? { uri: scope, languageId: 'markdown' } : undefined);
  const section: Record<string, unknown> = {};
  for (const key of KEYS) {
    const i = config.inspect(key);
    if (!i) continue;
    // Restricted Mode: a folder's own dataPaths is not applied (package.json restrictedConfigurations).
    const workspaceValues = key === 'dataPaths' && !vscode.workspace.isTrusted ? [] : [i.workspaceFolderLanguageValue, i.workspaceLanguageValue];
    const folderValues = key === 'dataPaths' && !vscode.workspace.isTrusted ? [] : [i.workspaceFolderValue, i.workspaceValue];
    const value = [...workspaceValues, i.globalLanguageValue, ...folderValues, i.globalValue].find((v) => v !== undefined);
    if (value === undefined) continue;
    const [head, tail] = key.split('.');
    if (tail) section[head] = { ...(section[head] as object | undefined), [tail]: value };
    else section[head] = value;
  }
  return section;
}

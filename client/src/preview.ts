/**
 * Feeds the preview's markdown-it plugin: the server's tooltip terms for each rendered draft, asked for
 * when a render finds them missing or out of date. markdown-it renders synchronously, so a render uses
 * what is at hand and the preview is refreshed once when newer terms differ.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { PreviewTerm } from './preview-abbr';

const PREVIEW_TERMS_REQUEST = 'aseanRef/previewTerms';

interface Entry {
  version: number;
  terms: readonly PreviewTerm[];
  key: string;
}

export class PreviewTerms {
  private readonly entries = new Map<string, Entry>();
  private readonly asking = new Map<string, number>();

  constructor(private readonly client: () => BaseLanguageClient | undefined) {}

  /** For markdown-it's env; VS Code's preview puts the rendered document's URI in env.currentDocument. */
  readonly termsFor = (env: unknown): readonly PreviewTerm[] | undefined => {
    const uri = (env as { currentDocument?: vscode.Uri } | undefined)?.currentDocument;
    if (!uri) return undefined;
    const key = uri.toString();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const entry = this.entries.get(key);
    if (doc && entry?.version !== doc.version) this.ask(doc);
    return entry?.terms;
  };

  /** The data changed: every draft's terms are stale. */
  invalidate(): void {
    for (const [key, entry] of this.entries) this.entries.set(key, { ...entry, version: -1 });
    if (this.entries.size > 0) void vscode.commands.executeCommand('markdown.preview.refresh');
  }

  private ask(doc: vscode.TextDocument): void {
    const client = this.client();
    const key = doc.uri.toString();
    if (!client?.isRunning() || this.asking.get(key) === doc.version) return;
    this.asking.set(key, doc.version);
    client.sendRequest<PreviewTerm[]>(PREVIEW_TERMS_REQUEST, { uri: client.code2ProtocolConverter.asUri(doc.uri) }).then(
      (terms) => {
        this.asking.delete(key);
        const previous = this.entries.get(key);
        const json = JSON.stringify(terms ?? []);
        this.entries.set(key, { version: doc.version, terms: terms ?? [], key: json });
        if (previous?.key !== json) void vscode.commands.executeCommand('markdown.preview.refresh');
      },
      () => this.asking.delete(key),
    );
  }
}

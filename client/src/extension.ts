/**
 * The VS Code side: starts the language server (dist/server.js) for Markdown drafts,
 * shows its status, and offers Restart Server / Show Output.
 */
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { MarkdownIt } from 'markdown-it';
import { explicitSection } from './configuration';
import { PreviewTerms } from './preview';
import { abbrPlugin } from './preview-abbr';
import { STATUS_NOTIFICATION, StatusItem, type StatusParams } from './status';
import { PING_REQUEST, Watchdog } from './watchdog';
import { registerWriterCommands } from './writer-commands';

const SHOW_OUTPUT = 'aseanRef.showOutput';
const RESTART = 'aseanRef.restartServer';

let client: LanguageClient | undefined;

/** What VS Code's Markdown preview calls (package.json `markdown.markdownItPlugins`): tooltips on references. */
export interface Api {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

export async function activate(context: vscode.ExtensionContext): Promise<Api> {
  const preview = new PreviewTerms(() => client);
  const api: Api = { extendMarkdownIt: (md) => md.use(abbrPlugin, preview.termsFor) };
  const output = vscode.window.createOutputChannel('ASEAN Ref', { log: true });
  const status = new StatusItem(SHOW_OUTPUT);
  context.subscriptions.push(output, status);

  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'vscode-vfs', language: 'markdown' },
    ],
    // No client-side file watcher: the server registers its own for the configured data folders (a second one doubled every event).
    middleware: {
      workspace: {
        // Only what the user set: the project's .asean-ref.json fills in the rest on the server.
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) return answers;
          return params.items.map((item, i) => (item.section === 'aseanRef' ? explicitSection(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : answers[i]));
        },
      },
    },
    outputChannel: output,
  };
  const lc = new LanguageClient('aseanRef', 'ASEAN Ref', serverOptions, clientOptions);
  client = lc;
  context.subscriptions.push(
    lc.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => {
      status.update(params);
      preview.invalidate();
    }),
    lc.onDidChangeState((e) => {
      if (e.newState === State.Stopped) status.stopped();
      else if (e.newState === State.Starting) status.starting();
    }),
    vscode.commands.registerCommand(SHOW_OUTPUT, () => output.show(true)),
    vscode.commands.registerCommand(RESTART, async () => {
      status.starting();
      try {
        await lc.restart();
      } catch (e) {
        output.error(`could not restart the server: ${(e as Error)?.message ?? e}`);
        status.stopped();
      }
    }),
  );

  context.subscriptions.push(...registerWriterCommands(lc));

  const watchdog = new Watchdog({
    ping: () => lc.sendRequest(PING_REQUEST),
    restart: async () => {
      status.starting();
      await lc.restart();
    },
    isRunning: () => lc.state === State.Running,
    log: (m) => output.warn(m),
  });
  context.subscriptions.push(watchdog);

  try {
    await lc.start();
    watchdog.start();
  } catch (e) {
    output.error(`could not start the server: ${(e as Error)?.message ?? e}`);
    status.stopped();
  }
  return api;
}

export async function deactivate(): Promise<void> {
  const lc = client;
  client = undefined;
  if (lc) await lc.stop();
}

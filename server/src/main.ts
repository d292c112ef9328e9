/**
 * The language server's entry point (dist/server.js). The transport comes from the command line
 * as vscode-languageserver reads it: --stdio, --node-ipc, --socket=<port> or --pipe=<name>.
 */
import path from 'node:path';
import { format } from 'node:util';
import {
  createConnection,
  LSPErrorCodes,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type ConnectionOptions,
  type RequestMessage,
} from 'vscode-languageserver/node';
import { startServer, type ServerState } from './server';

/** Users keep the editor open all day: an error that escapes a handler is logged, and the server carries on. */
function keepRunning(connection: Connection): void {
  let reporting = false;
  const report = (what: string) => (error: unknown) => {
    if (reporting) return; // a failure while reporting (the editor went away) must not loop
    reporting = true;
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    try {
      connection.console.error(`${what}: ${text}`);
    } catch {
      try {
        process.stderr.write(`${what}: ${text}\n`);
      } catch {
        // nowhere left to report
      }
    } finally {
      reporting = false;
    }
  };
  process.on('uncaughtException', report('uncaught exception'));
  process.on('unhandledRejection', report('unhandled promise rejection'));
}

/**
 * Bundled as dist/server.js beside dist/data.jsonl, whose article paths are relative to the package root (dist/..).
 * ASEAN_REF_DATA names another compiled data file (paths relative to its own folder), e.g. the bench's generated data.
 */
function dataLocation(): { dataFile: string; packageRoot: string } {
  const override = process.env.ASEAN_REF_DATA;
  if (override) return { dataFile: path.resolve(override), packageRoot: path.dirname(path.resolve(override)) };
  return { dataFile: path.join(__dirname, 'data.jsonl'), packageRoot: path.join(__dirname, '..') };
}

/**
 * vscode-jsonrpc computes a request even when its $/cancelRequest arrived while it waited in the
 * queue (the cancellation finds no token yet). Such a request is answered "cancelled" at once.
 */
const OPTIONS: ConnectionOptions = {
  connectionStrategy: {
    cancelUndispatched: (message) => ({ jsonrpc: '2.0', id: (message as RequestMessage).id, error: { code: LSPErrorCodes.RequestCancelled, message: 'cancelled' } }),
  },
};

/** Errors after which the reader can no longer find where the next message starts. */
const LOST_FRAMING = /header|content-length|so many bytes/i;

/**
 * Over stdio the streams are ours to watch: a malformed header would leave the server running but
 * deaf, and a closed pipe would leave it writing to nobody. Either way it exits, so the client
 * notices and starts a new one (exit code 0 only after a shutdown request, as the protocol says).
 */
function stdioConnection(state: () => ServerState | undefined): Connection {
  const exit = () => process.exit(state()?.shutDown ? 0 : 1);
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout);
  reader.onError((e) => {
    if (LOST_FRAMING.test(e.message)) {
      process.stderr.write(`asean-ref: unreadable message from the client (${e.message.split('\n')[0]}); exiting\n`);
      exit();
    }
  });
  reader.onClose(exit);
  writer.onError(exit);
  writer.onClose(exit);
  process.stdin.on('end', exit);
  process.stdout.on('error', exit);
  const connection = createConnection(ProposedFeatures.all, reader, writer, OPTIONS);
  // Output on stdout that is not a message would corrupt the stream (vscode-languageserver does this for --stdio itself).
  console.log = console.info = (...args: unknown[]) => connection.console.log(format(...args));
  return connection;
}

function main(): void {
  let state: ServerState | undefined;
  const connection = process.argv.includes('--stdio') ? stdioConnection(() => state) : createConnection(ProposedFeatures.all, OPTIONS);
  keepRunning(connection);
  state = startServer(connection, dataLocation());
}

main();

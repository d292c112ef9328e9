/**
 * The language server's entry point (dist/server.js). The transport comes from the command line
 * as vscode-languageserver reads it: --stdio, --node-ipc, --socket=<port> or --pipe=<name>.
 */
import path from 'node:path';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { startServer } from './server';

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

function main(): void {
  const connection = createConnection(ProposedFeatures.all);
  keepRunning(connection);
  startServer(connection, dataLocation());
}

main();

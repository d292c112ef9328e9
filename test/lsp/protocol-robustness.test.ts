/**
 * The server as a broken or hostile client sees it: changes with ranges past the end or inverted,
 * cancelled requests, requests after shutdown, a malformed header, a closed pipe. Messages are
 * written raw, several in one write where the order of arrival matters.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { StreamMessageReader, type Message, type ResponseMessage } from 'vscode-languageserver-protocol/node';
import { hoverText, LspClient, positionOf, ROOT, SERVER } from './helpers/client';

/** A server spoken to in raw JSON-RPC frames. */
class RawServer {
  readonly child: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number | null>;
  private readonly responses = new Map<number, (r: ResponseMessage) => void>();

  constructor() {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: 'pipe' });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.child.stdin.on('error', () => undefined);
    new StreamMessageReader(this.child.stdout).listen((m: Message) => {
      const r = m as ResponseMessage;
      if (typeof r.id === 'number' && ('result' in r || 'error' in r)) this.responses.get(r.id)?.(r);
    });
  }

  /** Writes the messages in one write, so the server reads them together. */
  send(...messages: object[]): void {
    this.child.stdin.write(messages.map((m) => frame({ jsonrpc: '2.0', ...m })).join(''));
  }

  response(id: number): Promise<ResponseMessage> {
    return new Promise((resolve) => this.responses.set(id, resolve));
  }

  async initialize(): Promise<void> {
    const answered = this.response(1);
    this.send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }, { method: 'initialized', params: {} });
    await answered;
  }
}

const frame = (m: object): string => {
  const body = JSON.stringify(m);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

const URI = 'file:///tmp/protocol-robustness.md';
const hoverAt = (id: number, line: number, character: number) => ({ id, method: 'textDocument/hover', params: { textDocument: { uri: URI }, position: { line, character } } });

describe('the server with a broken or hostile client', function () {
  it('a change whose range starts past the last line leaves the document whole: hovers and diagnostics stay right', async () => {
    const client = await LspClient.start();
    try {
      await client.open(URI, '');
      const text = 'Judul\n\nARSOM dan AOIP\n';
      const first = await client.change(URI, [{ range: { start: { line: 3, character: 0 }, end: { line: 6, character: 0 } }, text }]);
      assert.ok(hoverText(await client.hover(URI, positionOf(text, 'ARSOM', 2))).includes('ASEAN'), 'no hover on ARSOM after the edit');
      assert.ok(hoverText(await client.hover(URI, positionOf(text, 'AOIP', 2))).includes('Indo-Pacific'), 'no hover on AOIP after the edit');
      // An inverted range, its start past the end: applied as the sorted range, from line 2's end to the end.
      const { diagnostics } = await client.change(URI, [{ range: { start: { line: 9, character: 4 }, end: { line: 2, character: 99 } }, text: ' ARSOM ke-999' }]);
      for (const d of [...first.diagnostics, ...diagnostics]) assert.ok(Number.isInteger(d.range.start.character) && Number.isInteger(d.range.end.character), JSON.stringify(d));
      const now = 'Judul\n\nARSOM dan AOIP ARSOM ke-999';
      assert.ok(hoverText(await client.hover(URI, positionOf(now, 'ARSOM', 2, 1))).includes('ASEAN'), 'no hover on the appended ARSOM');
    } finally {
      await client.stop();
    }
  });

  it('a request cancelled while it waits is answered "cancelled" instead of computed', async () => {
    const server = new RawServer();
    try {
      await server.initialize();
      server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: 'ARSOM\n' } } });
      const cancelled = server.response(2);
      const kept = server.response(3);
      server.send(hoverAt(2, 0, 2), { method: '$/cancelRequest', params: { id: 2 } }, hoverAt(3, 0, 2));
      assert.equal((await cancelled).error?.code, -32800);
      assert.ok((await kept).result, 'the request that was not cancelled has its answer');
    } finally {
      server.child.kill();
    }
  });

  it('requests after shutdown are refused with InvalidRequest, and exit ends the process with 0', async () => {
    const server = new RawServer();
    await server.initialize();
    const shut = server.response(2);
    const after = server.response(3);
    server.send({ id: 2, method: 'shutdown' }, hoverAt(3, 0, 0));
    assert.equal((await shut).error, undefined);
    assert.equal((await after).error?.code, -32600);
    server.send({ method: 'exit' });
    assert.equal(await server.exited, 0);
  });

  it('a malformed header makes the server exit (so the client restarts it) instead of going deaf', async () => {
    const server = new RawServer();
    await server.initialize();
    server.child.stdin.write('Content-Type: application/json\r\n\r\n{"jsonrpc":"2.0","id":2,"method":"shutdown"}');
    assert.equal(await server.exited, 1);
  });

  it('the client going away (stdin closed) ends the server', async () => {
    const server = new RawServer();
    await server.initialize();
    server.child.stdin.end();
    assert.equal(await server.exited, 1);
  });
});

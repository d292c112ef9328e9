/**
 * The client noticing a hung server (client/src/watchdog.ts), with real server processes: one is
 * frozen (SIGSTOP, as a stuck loop or a suspended process looks from outside); the watchdog's ping
 * goes unanswered, it restarts the server, and the cards come back.
 */
import assert from 'node:assert/strict';
import { PING_REQUEST, Watchdog, type WatchedServer } from '../../client/src/watchdog';
import { hoverText, LspClient } from './helpers/client';

const URI = 'file:///tmp/watchdog.md';
const TEXT = 'ARSOM\n';

/** A watched server whose every restart is a fresh LspClient. */
class Restartable implements WatchedServer {
  client!: LspClient;
  readonly logs: string[] = [];
  private frozen: number[] = [];
  restarted?: () => void;

  async begin(): Promise<void> {
    this.client = await LspClient.start();
    await this.client.open(URI, TEXT);
  }

  ping(): Promise<unknown> {
    return this.client.connection.sendRequest(PING_REQUEST);
  }

  async restart(): Promise<void> {
    const old = this.client;
    if (old.pid) process.kill(old.pid, 'SIGKILL');
    await this.begin();
    this.restarted?.();
  }

  isRunning(): boolean {
    return this.client.running;
  }

  log(message: string): void {
    this.logs.push(message);
  }

  freeze(): void {
    this.frozen.push(this.client.pid!);
    process.kill(this.client.pid!, 'SIGSTOP');
  }

  async end(): Promise<void> {
    for (const pid of this.frozen) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await this.client.stop();
  }
}

describe("the client's watchdog", function () {
  it('the server answers the ping at once', async () => {
    const client = await LspClient.start();
    try {
      assert.deepEqual(await client.connection.sendRequest(PING_REQUEST), {});
    } finally {
      await client.stop();
    }
  });

  it('a frozen server is restarted, and hovering shows the card again', async () => {
    const server = new Restartable();
    await server.begin();
    const dog = new Watchdog(server, { intervalMs: 50, timeoutMs: 400 });
    try {
      dog.start();
      assert.ok(hoverText(await server.client.hover(URI, { line: 0, character: 2 })).includes('ASEAN'));
      const restarted = new Promise<void>((resolve) => (server.restarted = resolve));
      server.freeze();
      await restarted;
      assert.equal(dog.restarts, 1);
      assert.match(server.logs[0], /did not answer .* restarting it/);
      assert.ok(hoverText(await server.client.hover(URI, { line: 0, character: 2 })).includes('ASEAN'));
    } finally {
      dog.dispose();
      await server.end();
    }
  });

  it('a server that answers is never restarted, nor one that is not running', async () => {
    let pings = 0;
    let running = true;
    const restarts: string[] = [];
    const dog = new Watchdog(
      { ping: async () => pings++, restart: async () => void restarts.push('restart'), isRunning: () => running, log: () => undefined },
      { intervalMs: 5, timeoutMs: 50 },
    );
    dog.start();
    while (pings < 5) await new Promise((r) => setImmediate(r));
    running = false;
    const before = pings;
    await new Promise((r) => setTimeout(r, 30));
    dog.dispose();
    assert.equal(pings, before);
    assert.deepEqual(restarts, []);
  });
});

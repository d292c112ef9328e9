/**
 * Notices a language server that has stopped answering. A crash is the language client's to
 * handle (it restarts the process); a server stuck in a loop or stopped by the system never
 * exits, so the editor would show "loading" forever and hovers would silently never come. The
 * watchdog sends the server a cheap request (aseanRef/ping) now and then; when one goes
 * unanswered for `timeoutMs`, it restarts the server. No vscode import: tests drive it directly.
 */

/** The request the server answers at once, whatever it is doing between requests. */
export const PING_REQUEST = 'aseanRef/ping';

export interface WatchedServer {
  /** Sends aseanRef/ping; resolves when it is answered. */
  ping(): Promise<unknown>;
  /** Stops the unresponsive server (killing it) and starts a new one. */
  restart(): Promise<void>;
  /** False while the client is starting, stopping or stopped: nothing to watch then. */
  isRunning(): boolean;
  log(message: string): void;
}

export interface WatchdogOptions {
  intervalMs: number;
  timeoutMs: number;
}

/** Generous: a reload of the largest data folder the walk budget admits takes a few seconds. */
export const WATCHDOG_DEFAULTS: WatchdogOptions = { intervalMs: 15_000, timeoutMs: 30_000 };

export class Watchdog {
  private timer?: ReturnType<typeof setTimeout>;
  private disposed = false;
  /** Restarts done, for the log and for tests. */
  restarts = 0;

  constructor(
    private readonly server: WatchedServer,
    private readonly options: WatchdogOptions = WATCHDOG_DEFAULTS,
  ) {}

  start(): void {
    this.schedule();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.disposed) return;
    this.timer = setTimeout(() => void this.check(), this.options.intervalMs);
  }

  /** One ping: answered (or failed: the client is handling a crash) → next ping; unanswered → restart. */
  private async check(): Promise<void> {
    if (!this.server.isRunning()) return this.schedule();
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const hung = new Promise<'hung'>((resolve) => (timeout = setTimeout(() => resolve('hung'), this.options.timeoutMs)));
    const answered = this.server.ping().then(
      () => 'answered' as const,
      () => 'failed' as const,
    );
    const outcome = await Promise.race([answered, hung]);
    clearTimeout(timeout);
    if (this.disposed) return;
    if (outcome === 'hung' && this.server.isRunning()) {
      this.restarts++;
      this.server.log(`the server did not answer for ${Math.round(this.options.timeoutMs / 1000)} s; restarting it`);
      try {
        await this.server.restart();
      } catch (e) {
        this.server.log(`could not restart the server: ${(e as Error)?.message ?? e}`);
      }
    }
    this.schedule();
  }
}

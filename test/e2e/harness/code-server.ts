// code-server lifecycle: a fresh user-data and extensions dir per instance, a free loopback port, extensions
// installed with its own CLI, readiness by polling /healthz, the whole process group killed on stop or exit.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { requireFile, resultsDir, tools } from './tools';

export interface CodeServerOptions {
  /** names the instance's dirs and its folder under test-results/e2e */
  name: string;
  /** folder the workbench opens */
  workspace: string;
  /** user settings.json */
  settings?: Record<string, unknown>;
  /** .vsix files installed before start */
  extensions?: string[];
  /** extra environment for the server and so for its extension host */
  env?: Record<string, string>;
}

/** Settings that keep a fresh workbench quiet and offline; tests add their own on top. */
export const quietSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});
// Ctrl+C or a CI timeout: take the servers (and their extension hosts) down too
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const child of running) killGroup(child, 'SIGKILL');
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

export class CodeServer {
  private constructor(
    readonly name: string,
    readonly home: string,
    readonly userDataDir: string,
    readonly extensionsDir: string,
    readonly workspace: string,
    readonly port: number,
    readonly logFile: string,
    private readonly child: ChildProcess,
  ) {}

  /** The workbench with the workspace folder open. */
  get url(): string {
    return `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(this.workspace)}`;
  }

  /** Artifacts of this instance: its log, failure screenshots, extension-host logs. */
  get artifactsDir(): string {
    return path.join(resultsDir, this.name);
  }

  static async start(options: CodeServerOptions): Promise<CodeServer> {
    requireFile(tools.node24, 'run scripts/e2e/install.sh');
    requireFile(tools.codeServerEntry, 'run scripts/e2e/install.sh');
    const home = mkdtempSync(path.join(os.tmpdir(), `asean-ref-e2e-${options.name}-`));
    const userDataDir = path.join(home, 'user-data');
    const extensionsDir = path.join(home, 'extensions');
    mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    mkdirSync(extensionsDir, { recursive: true });
    writeFileSync(
      path.join(userDataDir, 'User', 'settings.json'),
      JSON.stringify({ ...quietSettings, ...options.settings }, null, 2),
    );
    const artifacts = path.join(resultsDir, options.name);
    rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });
    const logFile = path.join(artifacts, 'code-server.log');
    const env = {
      ...process.env,
      // code-server writes a config file and reads ~/.local/share otherwise
      XDG_CONFIG_HOME: path.join(home, 'config'),
      XDG_DATA_HOME: path.join(home, 'data'),
      ...options.env,
    };
    const dirs = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

    for (const vsix of options.extensions ?? []) {
      requireFile(vsix, 'build it first (npm run package)');
      const install = spawnSync(tools.node24, [tools.codeServerEntry, ...dirs, '--install-extension', vsix, '--force'], {
        env,
        encoding: 'utf8',
        timeout: 120_000,
      });
      writeFileSync(logFile, `$ code-server --install-extension ${vsix}\n${install.stdout}${install.stderr}\n`, { flag: 'a' });
      if (install.status !== 0 || !/successfully installed/i.test(install.stdout + install.stderr)) {
        throw new Error(`code-server --install-extension ${vsix} failed (see ${logFile}):\n${install.stdout}${install.stderr}`);
      }
    }

    const port = await freePort();
    const fd = openSync(logFile, 'a');
    const child = spawn(
      tools.node24,
      [
        tools.codeServerEntry,
        ...dirs,
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        options.workspace,
      ],
      { env, stdio: ['ignore', fd, fd], detached: true },
    );
    closeSync(fd);
    running.add(child);
    child.on('exit', () => running.delete(child));
    const server = new CodeServer(options.name, home, userDataDir, extensionsDir, options.workspace, port, logFile, child);
    try {
      await server.waitReady(60_000);
    } catch (error) {
      await server.stop();
      throw error;
    }
    return server;
  }

  get isRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Polls /healthz until code-server answers; fails at once when the process dies. */
  private async waitReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.isRunning) {
        throw new Error(`code-server exited early (${this.child.exitCode ?? this.child.signalCode}); log: ${this.logFile}\n${this.logTail()}`);
      }
      try {
        const response = await fetch(`http://127.0.0.1:${this.port}/healthz`, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return;
      } catch {
        /* not listening yet */
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`code-server did not answer /healthz within ${timeoutMs} ms; log: ${this.logFile}\n${this.logTail()}`);
  }

  logTail(lines = 30): string {
    return existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n') : '';
  }

  /** Copies the workbench's own logs (extension host, our language server's output channel) next to code-server.log. */
  collectLogs(): void {
    const logs = path.join(this.userDataDir, 'logs');
    if (existsSync(logs)) cpSync(logs, path.join(this.artifactsDir, 'vscode-logs'), { recursive: true });
  }

  async stop(): Promise<void> {
    this.collectLogs();
    const child = this.child;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    running.delete(child);
    if (!process.env.E2E_KEEP) rmSync(this.home, { recursive: true, force: true });
  }
}

/**
 * The server as VS Code runs it: `node <server> --stdio`, spoken to over
 * JSON-RPC. Measures start to first answer, hover, completion and definition
 * round trips, an edit followed by a hover (the server re-scans first) and by
 * its diagnostics, and the server's peak RSS.
 */
import { spawn } from 'node:child_process';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import type { Planted } from './drafts';
import type { Query } from './queries';
import { peakRssOfPid, round, summarize, timeEachAsync, type Summary } from './stats';

export interface StdioOptions {
  /** The server's script and environment (the data file it serves). */
  script: string;
  env: NodeJS.ProcessEnv;
  /** Extra node options for the server process (e.g. --cpu-prof while investigating). */
  nodeArgs?: string[];
  small: { text: string; planted: Planted[] };
  large: { text: string; planted: Planted[] };
  queries: readonly Query[];
  reps: { hover: number; definition: number; completion: number; edit: number };
}

export interface StdioResult {
  initializeMs: number;
  startToFirstAnswerMs: number;
  firstHoverNonNull: boolean;
  openLargeToFirstHoverMs: number;
  /** The first completion request (the completion index may be built then). */
  firstCompletionMs: number;
  hover: Summary;
  definition: Summary;
  completionSmallDoc: Summary;
  completionLargeDoc: Summary;
  editThenHover: Summary;
  editToDiagnosticsMs: Summary;
  peakRssMb?: number;
  /** The server's peak RSS so far, after each phase: where the peak comes from. */
  peakRssAfter: { firstAnswer?: number; largeDraft?: number; completion?: number; edits?: number };
  stderr: string;
}

/** Where a hover lands: inside a planted mention. */
function lineChar(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, character: offset - last - 1 };
}

export async function runStdio(o: StdioOptions): Promise<StdioResult> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...(o.nodeArgs ?? []), o.script, '--stdio'], { env: o.env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const conn: ProtocolConnection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnostics = new Map<string, { version?: number; at: number }>();
  const waiters: (() => void)[] = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    diagnostics.set(p.uri, { version: p.version, at: performance.now() });
    for (const w of waiters.splice(0)) w();
  });
  for (const method of ['window/logMessage', 'window/showMessage', 'telemetry/event', 'aseanRef/status', '$/progress']) conn.onNotification(method, () => undefined);
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create']) conn.onRequest(method, () => null);
  conn.listen();
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
    const initializeMs = performance.now() - t0;
    await conn.sendNotification('initialized', {});
    const small = 'file:///bench/small.md';
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: small, languageId: 'markdown', version: 1, text: o.small.text } });
    const firstSpot = o.small.planted[0];
    const first = await conn.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: lineChar(o.small.text, firstSpot.start + 1) });
    const startToFirstAnswerMs = performance.now() - t0;
    const peakRssAfter: StdioResult['peakRssAfter'] = { firstAnswer: peakRssOfPid(child.pid!) };

    // The large draft: open, first hover (scans it), then many hovers.
    const large = 'file:///bench/large.md';
    const lines = lineIndex(o.large.text);
    const pos = (offset: number) => positionAt(lines, offset);
    let t = performance.now();
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: large, languageId: 'markdown', version: 1, text: o.large.text } });
    const spots = o.large.planted.filter((_, i) => i % 7 === 0).map((p) => pos(p.start + 1));
    await conn.sendRequest('textDocument/hover', { textDocument: { uri: large }, position: spots[0] });
    const openLargeToFirstHoverMs = performance.now() - t;
    const hover = await timeEachAsync(o.reps.hover, (i) => conn.sendRequest('textDocument/hover', { textDocument: { uri: large }, position: spots[i % spots.length] }));
    const definition = await timeEachAsync(o.reps.definition, (i) => conn.sendRequest('textDocument/definition', { textDocument: { uri: large }, position: spots[i % spots.length] }));
    peakRssAfter.largeDraft = peakRssOfPid(child.pid!);

    // Completion: the writer types a query into a short draft, then into the large one.
    const typing = 'file:///bench/typing.md';
    let version = 1;
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: typing, languageId: 'markdown', version, text: 'Dalam ASE' } });
    t = performance.now();
    await conn.sendRequest('textDocument/completion', { textDocument: { uri: typing }, position: { line: 0, character: 9 } });
    const firstCompletionMs = performance.now() - t;
    const completionSmallDoc = await timeEachAsync(Math.min(o.reps.completion, o.queries.length), async (i) => {
      const text = `Dalam ${o.queries[i % o.queries.length].typed}`;
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri: typing, version: ++version }, contentChanges: [{ text }] });
      return conn.sendRequest('textDocument/completion', { textDocument: { uri: typing }, position: { line: 0, character: text.length } });
    }, 0);
    const cut = o.large.text.lastIndexOf('\n\n', o.large.text.length >> 1) + 2;
    const at = pos(cut);
    let largeVersion = 1;
    // Typing into the large draft: each query typed (one change), completed, then removed; only the completion is timed.
    const largeSamples: number[] = [];
    for (let i = 0; i < Math.min(20, o.reps.completion, o.queries.length); i++) {
      const typed = o.queries[i % o.queries.length].typed;
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri: large, version: ++largeVersion }, contentChanges: [{ range: { start: at, end: at }, text: typed }] });
      const started = performance.now();
      await conn.sendRequest('textDocument/completion', { textDocument: { uri: large }, position: { line: at.line, character: at.character + typed.length } });
      if (i > 0) largeSamples.push(performance.now() - started);
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri: large, version: ++largeVersion }, contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + typed.length } }, text: '' }] });
    }
    const completionLargeDoc = summarize(largeSamples);
    peakRssAfter.completion = peakRssOfPid(child.pid!);

    // One-character edits in the large draft: a hover right after (the server re-scans first), and the diagnostics that follow.
    const farSpot = pos(o.large.planted[o.large.planted.length - 2].start + 1);
    const editAt = pos(cut);
    const editThen: number[] = [];
    const toDiagnostics: number[] = [];
    for (let i = 0; i < o.reps.edit; i++) {
      const insert = i % 2 === 0;
      const change = insert ? { range: { start: editAt, end: editAt }, text: 'e' } : { range: { start: editAt, end: { line: editAt.line, character: editAt.character + 1 } }, text: '' };
      t = performance.now();
      const v = ++largeVersion;
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri: large, version: v }, contentChanges: [change] });
      await conn.sendRequest('textDocument/hover', { textDocument: { uri: large }, position: farSpot });
      editThen.push(performance.now() - t);
      // Diagnostics come after the server's typing pause; wait for this version's.
      const deadline = performance.now() + 5000;
      while (diagnostics.get(large)?.version !== v && performance.now() < deadline) await new Promise<void>((r) => (waiters.push(r), setTimeout(r, 50)));
      const d = diagnostics.get(large);
      if (d?.version === v) toDiagnostics.push(d.at - t);
    }
    const peakRssMb = peakRssOfPid(child.pid!);
    peakRssAfter.edits = peakRssMb;
    await conn.sendRequest('shutdown').catch(() => undefined);
    await conn.sendNotification('exit').catch(() => undefined);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    return {
      initializeMs: round(initializeMs),
      startToFirstAnswerMs: round(startToFirstAnswerMs),
      firstHoverNonNull: first !== null,
      openLargeToFirstHoverMs: round(openLargeToFirstHoverMs),
      firstCompletionMs: round(firstCompletionMs),
      hover,
      definition,
      completionSmallDoc,
      completionLargeDoc: completionLargeDoc,
      editThenHover: summarize(editThen),
      editToDiagnosticsMs: summarize(toDiagnostics),
      peakRssMb: peakRssMb === undefined ? undefined : round(peakRssMb, 1),
      peakRssAfter,
      stderr: stderr.trim().slice(-1000),
    };
  } finally {
    conn.dispose();
    if (child.exitCode === null) child.kill();
  }
}

function lineIndex(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function positionAt(starts: number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

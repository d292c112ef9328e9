/** Timing helpers: medians and p99 over repetitions, on a monotonic clock. */
import { performance } from 'node:perf_hooks';

export interface Summary {
  n: number;
  median: number;
  p99: number;
  min: number;
  max: number;
}

export function summarize(samples: readonly number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  return { n: s.length, median: s.length ? at(0.5) : NaN, p99: s.length ? at(0.99) : NaN, min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN };
}

/** Runs fn `reps` times after `warmup` untimed runs; each call gets its repetition number. */
export function timeEach(reps: number, fn: (i: number) => unknown, warmup = Math.min(20, reps)): Summary {
  for (let i = 0; i < warmup; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    fn(i);
    samples.push(performance.now() - t);
  }
  return summarize(samples);
}

export async function timeEachAsync(reps: number, fn: (i: number) => Promise<unknown>, warmup = Math.min(10, reps)): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  return summarize(samples);
}

export function timeOnce<T>(fn: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

/** Forces a full GC when the bench can (it enables --expose-gc for itself, see main.ts). */
export function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

/** Peak resident set size of this process so far, in MB (Linux VmHWM; else maxRSS). */
export function peakRssMb(): number {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const status = require('node:fs').readFileSync('/proc/self/status', 'utf8') as string;
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

export function peakRssOfPid(pid: number): number | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const status = require('node:fs').readFileSync(`/proc/${pid}/status`, 'utf8') as string;
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export const round = (x: number, digits = 3): number => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

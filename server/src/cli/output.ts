/** Where the CLI writes, and whether it may colour: only on a terminal, and never with NO_COLOR set. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Where `check -` reads its draft. */
  stdin?: NodeJS.ReadableStream;
}

export function useColor(io: Io): boolean {
  return io.stdout.isTTY === true && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '');
}

/** A progress line on stderr that rewrites itself; silent when stderr is not a terminal. */
export function progress(io: Io, total: number): { tick(done: number): void; end(): void } {
  const live = io.stderr.isTTY === true && total >= 50;
  let shown = -1;
  return {
    tick(done) {
      const percent = Math.floor((done / total) * 100);
      if (!live || percent === shown) return;
      shown = percent;
      io.stderr.write(`\rchecking ${done}/${total} files (${percent}%)`);
    },
    end() {
      if (live) io.stderr.write('\r\x1b[K');
    },
  };
}

import { Presets, SingleBar } from 'cli-progress';

export interface Progress {
  update(done: number, total?: number): void;
  stop(): void;
}

/**
 * A progress bar with a rate on a terminal; on anything else (CI logs, pipes) a plain line on stderr
 * every few seconds. Never on stdout, which carries results (`--json`).
 */
export function createProgress(phase: string, unit = 'articles'): Progress {
  const began = Date.now();
  const rate = (done: number) => (done / Math.max((Date.now() - began) / 1000, 0.001)).toFixed(0);
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      {
        format: `${phase} [{bar}] {value}/{total} ${unit} | {speed} ${unit}/s`,
        stream: process.stderr,
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total) {
        if (!started) bar.start(total ?? done, 0, { speed: '0' });
        started = true;
        // Extraction streams files and does not know its total: the bar then just counts.
        bar.setTotal(total ?? done);
        bar.update(done, { speed: rate(done) });
      },
      stop: () => started && bar.stop(),
    };
  }
  let last = 0;
  let latest = 0;
  let printed = -1;
  const line = (done: number, total?: number) => {
    printed = done;
    process.stderr.write(`${phase}: ${done}${total ? `/${total}` : ''} ${unit} (${rate(done)} ${unit}/s)\n`);
  };
  return {
    update(done, total) {
      latest = done;
      if (done === 0 || (Date.now() - last < 2_000 && done !== total)) return;
      last = Date.now();
      line(done, total);
    },
    stop: () => latest > 0 && printed !== latest && line(latest),
  };
}

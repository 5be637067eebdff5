// Closed-loop load: `concurrency` workers issue requests back to back until `requests` are done.

export interface LoadFigures {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  perSecond: number;
}

export async function runLoad(
  call: (i: number) => Promise<unknown>,
  { concurrency, requests }: { concurrency: number; requests: number },
): Promise<LoadFigures> {
  return (await runMixed([call], { concurrency, requests }))[0]!;
}

/**
 * Several kinds of request interleaved in one closed loop (request i is of kind i mod kinds), with
 * figures per kind: every kind meets the same machine load, so their ratios hold on a busy machine
 * where runs one after the other would each meet another load. `requests` is per kind; requests/s is
 * each kind's share of the mixed throughput.
 */
export async function runMixed(
  calls: ((i: number) => Promise<unknown>)[],
  { concurrency, requests }: { concurrency: number; requests: number },
): Promise<LoadFigures[]> {
  const latencies = calls.map((): number[] => []);
  const errors = calls.map(() => 0);
  const total = requests * calls.length;
  let next = 0;
  const began = performance.now();
  const worker = async () => {
    while (next < total) {
      const n = next++;
      const kind = n % calls.length;
      const start = performance.now();
      try {
        await calls[kind]!(Math.floor(n / calls.length));
        latencies[kind]!.push(performance.now() - start);
      } catch {
        // A failure is counted, not timed: a fast refusal would otherwise pass for a fast answer.
        errors[kind]! += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - began) / 1000;
  return latencies.map((values, kind) => {
    values.sort((a, b) => a - b);
    const at = (q: number) =>
      values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? Number.NaN;
    return { requests, errors: errors[kind]!, p50: at(0.5), p95: at(0.95), perSecond: requests / seconds };
  });
}

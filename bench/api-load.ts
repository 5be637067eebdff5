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
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const began = performance.now();
  const worker = async () => {
    while (next < requests) {
      const i = next++;
      const start = performance.now();
      try {
        await call(i);
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { requests, errors, p50: at(0.5), p95: at(0.95), perSecond: requests / seconds };
}

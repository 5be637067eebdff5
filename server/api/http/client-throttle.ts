// Slows a client that sends too much expensive work, not the server: each client has a budget of rows
// that refills at a steady rate. A request takes its rows from the budget; when the budget is in debt
// the request waits until the refill has paid it, and one that would wait too long is refused. Other
// clients' budgets are untouched, so their requests run as before.

export interface ThrottleOptions {
  /** Rows a client may spend at once (a burst). */
  readonly burst: number;
  /** Rows per second a client's budget refills. */
  readonly perSecond: number;
  /** A request that would wait longer than this is refused instead. */
  readonly maxWaitMs: number;
  /** Clients remembered at once; the idle ones are forgotten first. */
  readonly maxClients?: number;
  readonly now?: () => number;
}

export type Admission = { ok: true; waitMs: number } | { ok: false; retryAfterMs: number };

export interface ClientThrottle {
  /** Reserves `rows` for the client: how long to wait before running, or a refusal. */
  admit(client: string, rows: number): Admission;
}

interface Budget {
  /** Rows left; negative while requests wait for the refill. */
  rows: number;
  at: number;
}

export function createClientThrottle(options: ThrottleOptions): ClientThrottle {
  const { burst, perSecond, maxWaitMs, maxClients = 10_000, now = Date.now } = options;
  const budgets = new Map<string, Budget>();
  const refill = (budget: Budget, t: number) => {
    budget.rows = Math.min(burst, budget.rows + ((t - budget.at) / 1000) * perSecond);
    budget.at = t;
  };
  return {
    admit(client, rows) {
      const t = now();
      const budget = budgets.get(client) ?? { rows: burst, at: t };
      refill(budget, t);
      // A Map iterates in insertion order: re-inserting keeps the most recent clients last.
      budgets.delete(client);
      budgets.set(client, budget);
      if (budgets.size > maxClients) budgets.delete(budgets.keys().next().value as string);
      const after = budget.rows - rows;
      const waitMs = after >= 0 ? 0 : (-after / perSecond) * 1000;
      if (waitMs > maxWaitMs) return { ok: false, retryAfterMs: waitMs };
      budget.rows = after;
      return { ok: true, waitMs };
    },
  };
}

// Fails reads fast while Neo4j is known to be down. The driver retries a lost database for seconds per
// query (6–9 s seen), while a ping without retries knows in milliseconds; the guard keeps that knowledge.
import { AppError } from '../../../schema/errors.ts';
import type { GraphReader } from '../../graph/queries/run-read.ts';
import type { IngestDeps } from '../schema/builder.ts';

export interface OutageGuardOptions {
  /** A read still running after this long makes the guard ping: a slow query is not an outage. */
  readonly suspectAfterMs?: number;
  /** While down, at most one ping per this interval; reads in between fail at once. */
  readonly probeEveryMs?: number;
  readonly now?: () => number;
}

export interface GuardedReader extends GraphReader {
  /** True while the last ping failed: writes can refuse at once too. */
  isDown(): boolean;
}

const unavailable = () =>
  new AppError('SERVICE_UNAVAILABLE', 'Neo4j is unavailable (it did not answer the last ping); retry later');

/**
 * A reader that knows when Neo4j is down. Up: reads run as before, and one that lasts past
 * `suspectAfterMs` races a ping, so even the first read of an outage fails within about that time.
 * Down: a read fails at once unless a ping is due; the ping that succeeds ends the outage, so recovery
 * is as fast as the driver reconnects.
 */
export function guardAgainstOutage(reader: GraphReader, options: OutageGuardOptions = {}): GuardedReader {
  const { suspectAfterMs = 300, probeEveryMs = 250, now = Date.now } = options;
  let down = false;
  let lastProbe = Number.NEGATIVE_INFINITY;
  let probing: Promise<boolean> | undefined;

  /** One ping at a time, shared by every caller that asks meanwhile. */
  const probe = (): Promise<boolean> => {
    probing ??= reader
      .ping()
      .then((up) => {
        down = !up;
        return up;
      })
      .finally(() => {
        lastProbe = now();
        probing = undefined;
      });
    return probing;
  };

  const refuseWhileDown = async () => {
    if (down && (probing || now() - lastProbe < probeEveryMs || !(await probe()))) throw unavailable();
  };

  return {
    isDown: () => down,
    ping: probe,
    async read(query) {
      await refuseWhileDown();
      return raceWithProbe(reader.read(query), suspectAfterMs, probe);
    },
    async readAll(queries) {
      await refuseWhileDown();
      return raceWithProbe(reader.readAll(queries), suspectAfterMs, probe);
    },
  };
}

/** The read, or SERVICE_UNAVAILABLE as soon as a ping started after `afterMs` says Neo4j is gone. */
async function raceWithProbe<T>(
  work: Promise<T>,
  afterMs: number,
  probe: () => Promise<boolean>,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const verdict = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      probe().then(
        (up) => up || reject(unavailable()),
        () => reject(unavailable()),
      );
    }, afterMs);
  });
  // The abandoned read keeps retrying in the driver; its failure is nobody's to handle then.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, verdict]);
  } finally {
    clearTimeout(timer);
  }
}

/** Ingest mutations refused at once while the guard knows Neo4j is down, before any extraction work. */
export function guardIngest(ingest: IngestDeps, guard: Pick<GuardedReader, 'isDown'>): IngestDeps {
  const check = () => {
    if (guard.isDown()) throw unavailable();
  };
  return {
    ingestArticle: async (article) => {
      check();
      return ingest.ingestArticle(article);
    },
    removeArticle: async (articleId) => {
      check();
      return ingest.removeArticle(articleId);
    },
  };
}

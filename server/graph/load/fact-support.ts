// Each fact's support (schema/derive-facts.ts: counts of distinct articles per date, value, modality…)
// kept on the fact itself, as canonical JSON in one store-only property, so that deriving a fact after
// a load reads a summary whose size depends on how many distinct things its claims say, not on how many
// articles say them. It is read in the statement that takes the fact's lock and written with the fact's
// derived properties: no node or index of its own to seek.
import type { FactSupport } from '../../../schema/derive-facts.ts';
import type { CypherQuery } from '../queries/cypher-query.ts';
import { SUPPORT_KEY } from '../stored-keys.ts';
import type { StoredCorrection } from './stored-claims.ts';

interface RawCorrection {
  action: StoredCorrection['action'];
  values: string;
  createdAt: string;
}

/**
 * Locks each fact `match` binds as `f` (given `id`), and returns its stored support (null when none is
 * stored, or no such fact) and its active corrections: one round trip. SET on a missing fact is a no-op.
 */
export function lockSupportsQuery(match: string, ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
      OPTIONAL ${match}
      SET f._lock = true REMOVE f._lock
      RETURN id, f.${SUPPORT_KEY} AS support,
        COLLECT { MATCH (k:Correction {about: id}) WHERE k.undoneAt IS NULL
          RETURN k {.action, .values, .createdAt} } AS corrections`,
    params: { ids: [...ids] },
  };
}

export function parseSupportRow(row: { support: string | null; corrections: RawCorrection[] }): {
  support: FactSupport | null;
  corrections: StoredCorrection[];
} {
  return {
    support: row.support === null ? null : (JSON.parse(row.support) as FactSupport),
    corrections: row.corrections.map((c) => ({
      action: c.action,
      values: JSON.parse(c.values),
      createdAt: c.createdAt,
    })),
  };
}

/** The same support always gives the same text (keys sorted), so the stored graph is order-free. */
export function supportJson(support: FactSupport): string {
  const sorted = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({
    counts: sorted(support.counts),
    firsts: sorted(support.firsts),
    groupsOf: sorted(support.groupsOf),
  });
}

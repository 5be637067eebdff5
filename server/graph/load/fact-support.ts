// Each fact's support (schema/derive-facts.ts: counts of distinct articles per date, value, modality…)
// kept on the fact itself, as canonical JSON in one store-only property, so that deriving a fact after
// a load reads a summary whose size depends on how many distinct things its claims say, not on how many
// articles say them. It is read in the statement that takes the fact's lock (and creates a load's new
// relationships) and written with the fact's derived properties: no node or index of its own to seek.
import type { FactSupport } from '../../../schema/derive-facts.ts';
import type { RelationType } from '../../../schema/graph-model.ts';
import type { CypherQuery } from '../queries/cypher-query.ts';
import { SUPPORT_KEY } from '../stored-keys.ts';
import type { StoredCorrection } from './stored-claims.ts';

interface RawCorrection {
  action: StoredCorrection['action'];
  values: string;
  createdAt: string;
}

/** The active corrections of the fact `id`, as parseSupportRow reads them. */
const ACTIVE_CORRECTIONS = `COLLECT { MATCH (k:Correction {about: id}) WHERE k.undoneAt IS NULL
  RETURN k {.action, .values, .createdAt} } AS corrections`;

/**
 * Locks each event, and returns its stored support (null when none is stored, or no such event) and
 * its active corrections: one round trip. SET on a missing node is a no-op.
 */
export function lockEventSupportsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
      OPTIONAL MATCH (f:Entity {id: id})
      SET f._lock = true REMOVE f._lock
      RETURN id, f.${SUPPORT_KEY} AS support, ${ACTIVE_CORRECTIONS}`,
    params: { ids: [...ids] },
  };
}

/**
 * Locks each relationship, or creates it between `from` and `to` when given (a load's new facts: their
 * endpoints are locked by then, so a concurrent load creating it has committed before this reads), and
 * returns its stored support (null when new or none is stored) and active corrections: one round trip.
 */
export function lockRelationSupportsQuery(
  type: RelationType,
  rows: readonly { id: string; from: string | null; to: string | null }[],
): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
      OPTIONAL MATCH ()-[f:${type} {id: row.id}]->()
      OPTIONAL MATCH (x:Entity {id: row.from}) WHERE f IS NULL
      OPTIONAL MATCH (y:Entity {id: row.to}) WHERE f IS NULL
      FOREACH (_ IN CASE WHEN x IS NOT NULL AND y IS NOT NULL THEN [1] ELSE [] END |
        CREATE (x)-[:${type} {id: row.id}]->(y))
      SET f._lock = true REMOVE f._lock
      WITH row.id AS id, f, x IS NOT NULL AND y IS NOT NULL AS created
      RETURN id, created, f.${SUPPORT_KEY} AS support, ${ACTIVE_CORRECTIONS}`,
    params: { rows },
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

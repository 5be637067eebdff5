// Each fact's support (schema/derive-facts.ts: counts of distinct articles per date, value, modality…)
// kept in the store as one (:FactSupport {id: 'support:' + fact id}) node holding it as canonical JSON,
// so that deriving a fact after a load reads a summary whose size depends on how many distinct things
// its claims say, not on how many articles say them. Read and written only under the fact's lock.
import type { FactSupport } from '../../../schema/derive-facts.ts';
import type { CypherQuery } from '../queries/cypher-query.ts';
import type { StoredCorrection } from './stored-claims.ts';

export const SUPPORT_LABEL = 'FactSupport';

export function supportId(about: string): string {
  return `support:${about}`;
}

interface RawCorrection {
  action: StoredCorrection['action'];
  values: string;
  createdAt: string;
}

/** Each fact's stored support (null when none is stored) and its active corrections, in one round trip. */
export function supportsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
      OPTIONAL MATCH (s:FactSupport {id: 'support:' + id})
      RETURN id, s.support AS support,
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

export function writeSupportsQuery(rows: { about: string; support: string }[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
      MERGE (s:FactSupport {id: 'support:' + row.about})
      SET s.about = row.about, s.support = row.support`,
    params: { rows },
  };
}

export function deleteSupportsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id MATCH (s:FactSupport {id: 'support:' + id}) DELETE s`,
    params: { ids: [...ids] },
  };
}

// What each source says about facts, and what analysts corrected: the rows behind `claims` and
// `corrections` in the API.
import type { CorrectionRecord, Properties } from '../../../schema/exchange.ts';
import type { DatePrecision, Modality } from '../../../schema/graph-model.ts';
import type { CypherQuery } from './cypher-query.ts';
import type { GraphReader } from './run-read.ts';

export interface ClaimRow {
  id: string;
  about: string;
  articleId: string;
  quote: string;
  start: number;
  end: number;
  date: string | null;
  datePrecision: DatePrecision;
  values: Properties;
  modality: Modality;
  saidBy: string | null;
  confidence: number;
  extractor: string;
  rule: string | null;
  knownAt: string | null;
}

/** At most this many claims per fact leave the database (sourceCount keeps the number of articles). */
export const MAX_CLAIMS = 200;

export function claimsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
      RETURN id, COLLECT { MATCH (c:Claim {about: id}) RETURN properties(c) AS c
        ORDER BY c.knownAt, c.articleId, c.start LIMIT ${MAX_CLAIMS} } AS claims`,
    params: { ids: [...new Set(ids)] },
  };
}

/** Claims about each id, in key order: one round trip for the batch. */
export async function readClaims(reader: GraphReader, ids: readonly string[]): Promise<ClaimRow[][]> {
  const rows = await reader.read<{ id: string; claims: (Omit<ClaimRow, 'values'> & { values: string })[] }>(
    claimsQuery(ids),
  );
  const byId = new Map(
    rows.map((row) => [
      row.id,
      row.claims.map((c) => ({ ...c, values: JSON.parse(c.values) as Properties })),
    ]),
  );
  return ids.map((id) => byId.get(id) ?? []);
}

export interface CorrectionRow extends CorrectionRecord {
  factType: string;
}

/** The audit trail, newest first: of one fact, or of the whole graph. */
export function correctionsQuery(about: string | null, first: number): CypherQuery {
  return {
    // A merge is in the trail of both entities: the one merged (about) and the one kept (into).
    cypher: `MATCH (k:Correction) WHERE $about IS NULL OR k.about = $about OR k.into = $about
      RETURN properties(k) AS k ORDER BY k.createdAt DESC, k.id LIMIT $first`,
    params: { about, first },
  };
}

export async function readCorrections(
  reader: GraphReader,
  about: string | null,
  first: number,
): Promise<CorrectionRow[]> {
  const rows = await reader.read<{ k: CorrectionRow & { values: string } }>(correctionsQuery(about, first));
  return rows.map(({ k }) => ({
    ...k,
    values: JSON.parse(k.values) as Properties,
    undoneAt: k.undoneAt ?? null,
    undoneBy: k.undoneBy ?? null,
  }));
}

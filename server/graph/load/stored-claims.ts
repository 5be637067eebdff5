// Claims and corrections as the store keeps them, read back for derivation: what a fact is made of.
import type { ClaimValues, CorrectionValues } from '../../../schema/derive-facts.ts';
import type { DatePrecision, Modality } from '../../../schema/graph-model.ts';
import type { CypherQuery } from '../queries/cypher-query.ts';
import type { Tx } from '../tx.ts';

export interface StoredClaim extends ClaimValues {
  readonly knownAt: string | null;
}
export type StoredCorrection = CorrectionValues;

interface RawClaim {
  articleId: string;
  date: string | null;
  datePrecision: string;
  values: string;
  modality: string;
  confidence: number;
  knownAt: string | null;
  quote?: string;
  dispatch?: string | null;
}
interface RawCorrection {
  action: CorrectionValues['action'];
  values: string;
  createdAt: string;
}

/** Every claim and active correction about each id (one round trip for all). */
export function claimValuesQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
      RETURN id,
        COLLECT { MATCH (c:Claim {about: id})
          RETURN c {.articleId, .date, .datePrecision, .values, .modality, .confidence, .knownAt, .quote, .dispatch} } AS claims,
        COLLECT { MATCH (k:Correction {about: id}) WHERE k.undoneAt IS NULL
          RETURN k {.action, .values, .createdAt} } AS corrections`,
    params: { ids: [...ids] },
  };
}

export async function readClaimValues(
  tx: Pick<Tx, 'run'>,
  ids: readonly string[],
): Promise<Map<string, { claims: StoredClaim[]; corrections: StoredCorrection[] }>> {
  const rows = await tx.run<{ id: string; claims: RawClaim[]; corrections: RawCorrection[] }>(
    claimValuesQuery(ids),
  );
  return new Map(
    rows.map((row) => [
      row.id,
      { claims: row.claims.map(toStoredClaim), corrections: row.corrections.map(toStoredCorrection) },
    ]),
  );
}

export function toStoredClaim(raw: RawClaim): StoredClaim {
  return {
    articleId: raw.articleId,
    date: raw.date,
    datePrecision: raw.datePrecision as DatePrecision,
    values: JSON.parse(raw.values),
    modality: raw.modality as Modality,
    confidence: raw.confidence,
    knownAt: raw.knownAt,
    quote: raw.quote,
    dispatch: raw.dispatch ?? null,
  };
}

function toStoredCorrection(raw: RawCorrection): StoredCorrection {
  return { action: raw.action, values: JSON.parse(raw.values), createdAt: raw.createdAt };
}

// The graph as its sources had published it by a day: facts read from the store are derived again from
// the claims known by then (schema/derive-facts.ts, the rule the store derives with), and from the
// corrections made by then. One query for all the facts of a read.
import { type DerivedFact, deriveFact, FACT_EXTRA_KEYS, factExtras } from '../../../schema/derive-facts.ts';
import { toStoredClaim } from '../load/stored-claims.ts';
import type { CypherQuery } from './cypher-query.ts';
import { type EdgeRow, type EntityRow, factSummary } from './rows.ts';
import type { GraphReader } from './run-read.ts';

interface Known {
  id: string;
  claims: Parameters<typeof toStoredClaim>[0][];
  corrections: { action: 'confirm' | 'reject' | 'set' | 'merge'; values: string; createdAt: string }[];
}

export function knownClaimsQuery(ids: readonly string[], knownAt: string): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
      RETURN id,
        COLLECT { MATCH (c:Claim {about: id}) WHERE c.knownAt <= $knownAt
          RETURN c {.articleId, .date, .datePrecision, .values, .modality, .confidence, .knownAt, .quote, .dispatch} } AS claims,
        COLLECT { MATCH (k:Correction {about: id})
          WHERE left(k.createdAt, size($knownAt)) <= $knownAt
            AND (k.undoneAt IS NULL OR left(k.undoneAt, size($knownAt)) > $knownAt)
          RETURN k {.action, .values, .createdAt} } AS corrections`,
    params: { ids: [...new Set(ids)], knownAt },
  };
}

async function deriveKnown(reader: GraphReader, ids: readonly string[], knownAt: string) {
  if (ids.length === 0) return new Map<string, { fact: DerivedFact; articles: Set<string> }>();
  const rows = await reader.read<Known>(knownClaimsQuery(ids, knownAt));
  return new Map(
    rows
      .filter((row) => row.claims.length > 0)
      .map((row) => {
        const claims = row.claims.map(toStoredClaim);
        const corrections = row.corrections.map((k) => ({ ...k, values: JSON.parse(k.values) }));
        return [
          row.id,
          { fact: deriveFact(claims, corrections), articles: new Set(claims.map((c) => c.articleId)) },
        ];
      }),
  );
}

/** Edges as known by `knownAt`: date, values and sources from the claims published by then. */
export async function edgesKnownAt(
  reader: GraphReader,
  edges: EdgeRow[],
  knownAt: string,
): Promise<EdgeRow[]> {
  const known = await deriveKnown(
    reader,
    edges.map((e) => e.id),
    knownAt,
  );
  return edges.flatMap((edge) => {
    const found = known.get(edge.id);
    if (!found) return [];
    const { fact, articles } = found;
    return [
      {
        ...edge,
        date: fact.date,
        datePrecision: fact.datePrecision,
        confidence: fact.confidence,
        sourceCount: fact.sourceCount,
        modality: fact.modality,
        ...factSummary(factExtras(fact)),
        properties: { ...fact.properties, ...withoutSummary(factExtras(fact)) },
        sources: edge.sources?.filter((s) => articles.has(s.articleId)),
      },
    ];
  });
}

/** Events as known by `knownAt` (other entities have no claims of their own and stay as they are). */
export async function entitiesKnownAt(
  reader: GraphReader,
  entities: EntityRow[],
  knownAt: string,
): Promise<EntityRow[]> {
  const events = entities.filter((e) => e.type === 'Attack' || e.type === 'Agreement');
  const known = await deriveKnown(
    reader,
    events.map((e) => e.id),
    knownAt,
  );
  return entities.map((entity) => {
    const found = known.get(entity.id);
    if (!found) return entity;
    const { name, ...properties } = found.fact.properties;
    return {
      ...entity,
      name: typeof name === 'string' ? name : entity.name,
      properties: {
        date: found.fact.date,
        ...properties,
        ...factExtras(found.fact),
        sourceCount: found.fact.sourceCount,
      },
    };
  });
}

/** Estimates' low and high stay in properties, as the store keeps them; the summary has its own fields. */
function withoutSummary(extras: Record<string, unknown>): EdgeRow['properties'] {
  return Object.fromEntries(Object.entries(extras).filter(([key]) => !FACT_EXTRA_KEYS.has(key)));
}

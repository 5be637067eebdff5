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
  /** Whether any claim is about it, whenever published (asked for by entityKnownAt only). */
  claimed?: boolean;
  claims: Parameters<typeof toStoredClaim>[0][];
  corrections: { action: 'confirm' | 'reject' | 'set' | 'merge'; values: string; createdAt: string }[];
}

export function knownClaimsQuery(ids: readonly string[], knownAt: string, askClaimed = false): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
      RETURN id,${askClaimed ? ' EXISTS { MATCH (c:Claim {about: id}) } AS claimed,' : ''}
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
  return derived(await reader.read<Known>(knownClaimsQuery(ids, knownAt)));
}

function derived(rows: Known[]) {
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
        knownAt,
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
    return found ? derivedEvent(entity, found.fact) : entity;
  });
}

/** An event's name and properties derived from the claims known then, as the store derives them. */
function derivedEvent(entity: EntityRow, fact: DerivedFact): EntityRow {
  const { name, ...properties } = fact.properties;
  return {
    ...entity,
    name: typeof name === 'string' ? name : entity.name,
    properties: { date: fact.date, ...properties, ...factExtras(fact), sourceCount: fact.sourceCount },
  };
}

/**
 * One entity as known by `knownAt`, marked with the day: an event is derived again from the claims
 * published by then, and is null when all its claims came later (it was not known yet); an event
 * without claims (loaded with its own properties) and any other entity stay as they are.
 */
export async function entityKnownAt(
  reader: GraphReader,
  entity: EntityRow,
  knownAt: string,
): Promise<EntityRow | null> {
  if (entity.type !== 'Attack' && entity.type !== 'Agreement') return { ...entity, knownAt };
  const rows = await reader.read<Known>(knownClaimsQuery([entity.id], knownAt, true));
  if (rows[0]?.claimed && rows[0].claims.length === 0) return null;
  const found = derived(rows).get(entity.id);
  return { ...(found ? derivedEvent(entity, found.fact) : entity), knownAt };
}

/** Estimates' low and high stay in properties, as the store keeps them; the summary has its own fields. */
function withoutSummary(extras: Record<string, unknown>): EdgeRow['properties'] {
  return Object.fromEntries(Object.entries(extras).filter(([key]) => !FACT_EXTRA_KEYS.has(key)));
}

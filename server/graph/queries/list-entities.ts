import type { EntityType } from '../../../schema/graph-model.ts';
import type { CypherQuery } from './cypher-query.ts';
import { dateRangeCondition } from './date-range.ts';
import { type EntityRow, nodeProjection, type RawNode, toEntityRow } from './rows.ts';
import type { GraphReader } from './run-read.ts';

/** Keyset page over ids: `after`/`before` are ids, `inverted` reads backwards (for `last`). */
export interface Page {
  after?: string | null;
  before?: string | null;
  limit: number;
  inverted: boolean;
}

export interface EntityFilters {
  country?: string | null;
  party?: string | null;
  signer?: string | null;
  status?: string | null;
  attacker?: string | null;
  target?: string | null;
  weapon?: string | null;
  from?: string | null;
  to?: string | null;
}

// Each filter is a fixed fragment, included only when its argument is given; values stay in params.
const FILTERS: Record<keyof EntityFilters, string> = {
  country: 'EXISTS { MATCH (n)-[:OFFICIAL_OF]->(:Entity {id: $country}) }',
  party: 'EXISTS { MATCH (:Entity {id: $party})-[:PARTY_TO]->(n) }',
  signer: 'EXISTS { MATCH (:Entity {id: $signer})-[:SIGNED]->(n) }',
  status: 'n.status = $status',
  attacker: 'EXISTS { MATCH (:Entity {id: $attacker})-[:LAUNCHED]->(n) }',
  target: 'EXISTS { MATCH (n)-[:TARGETED]->(:Entity {id: $target}) }',
  weapon: 'toLower(toString(n.weapon)) CONTAINS toLower($weapon)',
  from: dateRangeCondition('coalesce(n.date, n.signedOn)', { from: 'given' }),
  to: dateRangeCondition('coalesce(n.date, n.signedOn)', { to: 'given' }),
};

/** Keyset conditions on n.id, only those in use, so the id index can serve range and order. */
export function pageConditions(page: Page): string {
  const parts = ['n.id IS NOT NULL'];
  if (page.after != null) parts.push('n.id > $after');
  if (page.before != null) parts.push('n.id < $before');
  return parts.join(' AND ');
}

export function listEntitiesQuery(type: EntityType | null, filters: EntityFilters, page: Page): CypherQuery {
  const conditions = [pageConditions(page)];
  for (const key of Object.keys(FILTERS) as (keyof EntityFilters)[]) {
    if (filters[key] != null) conditions.push(FILTERS[key]);
  }
  // The label comes from the EntityType allow-list (a GraphQL enum), never from free text.
  const cypher = `
MATCH (n:${type ?? 'Entity'})
WHERE ${conditions.join('\n  AND ')}
RETURN ${nodeProjection('n')} AS node
ORDER BY n.id ${page.inverted ? 'DESC' : 'ASC'}
LIMIT $limit`;
  const params = {
    ...nullFilters(),
    ...filters,
    after: page.after ?? null,
    before: page.before ?? null,
    limit: page.limit,
  };
  return { cypher, params };
}

export async function listEntities(
  reader: GraphReader,
  type: EntityType | null,
  filters: EntityFilters,
  page: Page,
): Promise<EntityRow[]> {
  const rows = await reader.read<{ node: RawNode }>(listEntitiesQuery(type, filters, page));
  return rows.map((row) => toEntityRow(row.node));
}

function nullFilters(): EntityFilters {
  return Object.fromEntries(Object.keys(FILTERS).map((key) => [key, null]));
}

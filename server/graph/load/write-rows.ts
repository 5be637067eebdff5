import { EVENT_TYPES } from '../../../schema/graph-model.ts';
import type { Tx } from '../tx.ts';
import {
  createClaimsQuery,
  createMentionsQuery,
  mergeEntitiesQuery,
  writeArticlesQuery,
} from './load-queries.ts';
import type { LoadRows } from './load-rows.ts';
import type { FactKey } from './recompute-facts.ts';

export interface WriteCounts {
  entitiesCreated: number;
  entitiesUpdated: number;
  relationsCreated: number;
  relationsUpdated: number;
  mentions: number;
  claims: number;
}

export const zeroWriteCounts = (): WriteCounts => ({
  entitiesCreated: 0,
  entitiesUpdated: 0,
  relationsCreated: 0,
  relationsUpdated: 0,
  mentions: 0,
  claims: 0,
});

/**
 * Writes the rows inside the caller's transaction: articles, entities, claims and mentions. Returns the
 * facts whose claims changed, to derive again; the relationships are created then (recompute-facts.ts).
 */
export async function writeRows(
  tx: Tx,
  rows: LoadRows,
  ingestedAt: string,
): Promise<{ counts: WriteCounts; facts: FactKey[] }> {
  const counts = zeroWriteCounts();
  if (rows.articles.length > 0) await tx.update(writeArticlesQuery(rows.articles, ingestedAt));
  for (const [type, entityRows] of rows.entities) {
    const isEvent = (EVENT_TYPES as readonly string[]).includes(type);
    const { nodesCreated } = await tx.update(mergeEntitiesQuery(type, entityRows, isEvent));
    counts.entitiesCreated += nodesCreated;
    counts.entitiesUpdated += entityRows.length - nodesCreated;
  }
  if (rows.claims.length > 0) {
    await tx.update(createClaimsQuery(rows.claims));
    counts.claims += rows.claims.length;
  }
  if (rows.mentions.length > 0) {
    await tx.update(createMentionsQuery(rows.mentions));
    counts.mentions += rows.mentions.length;
  }
  const facts = new Map(rows.claims.map((c) => [c.about, { about: c.about, factType: c.factType }]));
  return { counts, facts: [...facts.values()] };
}

export function addWriteCounts(total: WriteCounts, more: WriteCounts): void {
  for (const key of Object.keys(zeroWriteCounts()) as (keyof WriteCounts)[]) total[key] += more[key];
}

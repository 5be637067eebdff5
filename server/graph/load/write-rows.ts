import { EVENT_TYPES } from '../../../schema/graph-model.ts';
import { issued, type Tx } from '../tx.ts';
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
  // Issued together (tx.ts, issued): the rows of each are packed while Neo4j writes the previous ones.
  const articles =
    rows.articles.length > 0 ? issued(tx.update(writeArticlesQuery(rows.articles, ingestedAt))) : null;
  const entities = [...rows.entities].map(([type, entityRows]) => {
    const isEvent = (EVENT_TYPES as readonly string[]).includes(type);
    return {
      rows: entityRows.length,
      written: issued(tx.update(mergeEntitiesQuery(type, entityRows, isEvent))),
    };
  });
  const claims = rows.claims.length > 0 ? issued(tx.update(createClaimsQuery(rows.claims))) : null;
  const mentions = rows.mentions.length > 0 ? issued(tx.update(createMentionsQuery(rows.mentions))) : null;
  await articles;
  for (const entity of entities) {
    const { nodesCreated } = await entity.written;
    counts.entitiesCreated += nodesCreated;
    counts.entitiesUpdated += entity.rows - nodesCreated;
  }
  if (claims) {
    await claims;
    counts.claims += rows.claims.length;
  }
  if (mentions) {
    await mentions;
    counts.mentions += rows.mentions.length;
  }
  const facts = new Map(rows.claims.map((c) => [c.about, { about: c.about, factType: c.factType }]));
  return { counts, facts: [...facts.values()] };
}

export function addWriteCounts(total: WriteCounts, more: WriteCounts): void {
  for (const key of Object.keys(zeroWriteCounts()) as (keyof WriteCounts)[]) total[key] += more[key];
}

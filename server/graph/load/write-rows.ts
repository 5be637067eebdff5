import type { Tx } from '../tx.ts';
import {
  mergeArticlesQuery,
  mergeEntitiesQuery,
  mergeMentionsQuery,
  mergeRelationsQuery,
} from './load-queries.ts';
import type { LoadRows } from './load-rows.ts';

export interface WriteCounts {
  entitiesCreated: number;
  entitiesUpdated: number;
  relationsCreated: number;
  relationsUpdated: number;
  mentions: number;
}

export const zeroWriteCounts = (): WriteCounts => ({
  entitiesCreated: 0,
  entitiesUpdated: 0,
  relationsCreated: 0,
  relationsUpdated: 0,
  mentions: 0,
});

/** Writes the rows inside the caller's transaction: articles, entities, then the edges between them. */
export async function writeRows(tx: Tx, rows: LoadRows): Promise<WriteCounts> {
  const counts = zeroWriteCounts();
  if (rows.articles.length > 0) await tx.update(mergeArticlesQuery(rows.articles));
  for (const [type, entityRows] of rows.entities) {
    const { nodesCreated } = await tx.update(mergeEntitiesQuery(type, entityRows));
    counts.entitiesCreated += nodesCreated;
    counts.entitiesUpdated += entityRows.length - nodesCreated;
  }
  if (rows.mentions.length > 0) {
    await tx.update(mergeMentionsQuery(rows.mentions));
    counts.mentions += rows.mentions.length;
  }
  for (const [type, relationRows] of rows.relations) {
    const { relationshipsCreated } = await tx.update(mergeRelationsQuery(type, relationRows));
    counts.relationsCreated += relationshipsCreated;
    counts.relationsUpdated += relationRows.length - relationshipsCreated;
  }
  return counts;
}

export function addWriteCounts(total: WriteCounts, more: WriteCounts): void {
  for (const key of Object.keys(zeroWriteCounts()) as (keyof WriteCounts)[]) total[key] += more[key];
}

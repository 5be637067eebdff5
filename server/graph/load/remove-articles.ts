import { type Graph, writeTx } from '../tx.ts';
import { type RemovalCounts, removeEvidence } from './remove-evidence.ts';

/** Removes articles and the evidence only they gave, in one transaction; unknown ids are ignored. */
export function removeArticles(graph: Graph, ids: string[]): Promise<RemovalCounts> {
  return writeTx(graph, (tx) => removeEvidence(tx, ids), `removing articles ${ids.slice(0, 3).join(', ')}`);
}

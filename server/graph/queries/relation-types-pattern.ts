import { RELATION_TYPES, type RelationType } from '../../../schema/graph-model.ts';

/**
 * The relation types for a relationship pattern (`[r:OFFICIAL_OF|SIGNED|…]`): those asked for, or all of
 * them. In the pattern rather than a WHERE, Neo4j expands only those types, and a dense node keeps its
 * relationships grouped by type, so a hub's thousands of MENTIONS from articles are never read. Types
 * cannot be parameters: only the model's names (RELATION_TYPES) reach the statement, in its order.
 */
export function relationTypesPattern(types?: readonly RelationType[] | null): string {
  const asked = types?.length ? RELATION_TYPES.filter((type) => types.includes(type)) : RELATION_TYPES;
  return asked.join('|');
}

// The type and other end of an entity's relations: what the expand menu counts before expanding.

import { RELATION_ENDS_QUERY } from './api-queries.ts';
import { graphqlRequest } from './graphql-request.ts';
import type { RelationType } from './types.ts';

/** The API's cap on an entity's relations in one answer. */
export const MAX_RELATIONS = 500;

export interface RelationEndRow {
  type: RelationType;
  other: string;
}

/** At most MAX_RELATIONS of them, as known at `knownAt`; null when the entity is gone. */
export async function fetchRelationEnds(
  id: string,
  knownAt: string | null,
): Promise<RelationEndRow[] | null> {
  const data = await graphqlRequest<{
    entity: { relations: { edge: { type: RelationType }; other: { id: string } }[] } | null;
  }>(RELATION_ENDS_QUERY, { id, first: MAX_RELATIONS, knownAt });
  return data.entity?.relations.map(({ edge, other }) => ({ type: edge.type, other: other.id })) ?? null;
}

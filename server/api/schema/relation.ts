import type { RelationType } from '../../../schema/graph-model.ts';
import type { RelationFilter, RelationRow } from '../../graph/queries/relations-of.ts';
import type { EntityRow } from '../../graph/queries/rows.ts';
import { builder, type Context } from './builder.ts';
import { DirectionEnum } from './enums.ts';
import { GraphEdgeRef, GraphNodeRef } from './graph-types.ts';

export const RelationRef = builder.objectRef<RelationRow>('Relation').implement({
  description: 'A relation seen from one entity: the edge, the far endpoint and which way it points.',
  fields: (t) => ({
    edge: t.field({ type: GraphEdgeRef, resolve: (r) => r.edge }),
    other: t.field({ type: GraphNodeRef, resolve: (r) => r.other }),
    direction: t.field({ type: DirectionEnum, resolve: (r) => r.direction }),
  }),
});

const TYPE_FIELD_LIMIT = 500;

/** Relations of one entity through the batched loader (type-specific fields use fixed filters). */
export function loadRelations(
  ctx: Context,
  entity: EntityRow,
  direction: RelationFilter['direction'],
  types: RelationType[],
): Promise<RelationRow[]> {
  const filter: RelationFilter = {
    direction,
    types,
    from: null,
    to: null,
    first: TYPE_FIELD_LIMIT,
    // Up to 500 relations: their sources' articles, when asked for, come from one batched lookup of the
    // distinct ids rather than a seek per source.
    properties: { other: true, edge: true, sources: { offsets: true } },
    // An entity read as known by a day shows the relations known by then.
    ...(entity.knownAt ? { knownAt: entity.knownAt } : {}),
  };
  return ctx.loaders.relations.load({ id: entity.id, filter });
}

/** The far endpoints of some relations as full entities (one batched lookup). */
export async function loadOthers(ctx: Context, relations: RelationRow[]): Promise<EntityRow[]> {
  const ids = [...new Set(relations.map((r) => r.other.id))];
  const rows = await ctx.loaders.entity.loadMany(ids);
  return rows.filter((row): row is EntityRow => row !== null && !(row instanceof Error));
}

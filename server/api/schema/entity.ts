import type { GraphQLResolveInfo } from 'graphql';
import type { RelationType } from '../../../schema/graph-model.ts';
import { entityKnownAt } from '../../graph/queries/as-known-at.ts';
import { isDefaultView } from '../../graph/queries/fact-view.ts';
import type { RelationFilter } from '../../graph/queries/relations-of.ts';
import type { EntityRow } from '../../graph/queries/rows.ts';
import { ArticleRef } from './article-ref.ts';
import { builder } from './builder.ts';
import { selectedEdgeKeys, selectedSourceRead } from './edge-keys.ts';
import { EntityRef } from './entity-ref.ts';
import { DirectionEnum, EntityTypeEnum, RelationTypeEnum } from './enums.ts';
import { type FactViewArgs, factViewArgs, toFactView } from './fact-view-args.ts';
import { boundedInt, isoDate, MAX_PAGE } from './inputs.ts';
import { selectedRelationsArgs, selectsPath } from './lookahead.ts';
import { RelationRef } from './relation.ts';

EntityRef.implement({
  description: 'A country, official, organisation, place, agreement or attack.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (row) => row.type,
  fields: (t) => ({
    id: t.globalID({ resolve: (row) => ({ type: row.type, id: row.id }) }),
    entityId: t.exposeString('id', { description: 'The graph id used by every other argument.' }),
    type: t.field({ type: EntityTypeEnum, resolve: (row) => row.type }),
    name: t.exposeString('name'),
    aliases: t.exposeStringList('aliases'),
    properties: t.field({ type: 'JSON', resolve: (row) => row.properties }),
    relations: t.field({
      type: [RelationRef],
      args: {
        direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH' }),
        types: t.arg({ type: [RelationTypeEnum] }),
        from: t.arg.string(),
        to: t.arg.string(),
        first: t.arg.int({ defaultValue: 100 }),
        ...factViewArgs(t.arg),
      },
      resolve: (row, args, ctx, info) =>
        ctx.loaders.relations.load({
          id: row.id,
          filter: relationFilter(args, selectedProperties(info, []), row.knownAt),
        }),
    }),
    mentionedIn: t.field({
      type: [ArticleRef],
      description:
        'Articles that mention it, newest first (published by `knownAt` when the entity was read so).',
      args: { first: t.arg.int({ defaultValue: 50 }) },
      resolve: (row, args, ctx) =>
        ctx.loaders.mentionedIn.load({
          id: row.id,
          first: boundedInt('first', args.first, 50, 1, MAX_PAGE),
          knownAt: row.knownAt ?? null,
        }),
    }),
  }),
});

builder.queryField('entity', (t) =>
  t.field({
    type: EntityRef,
    nullable: true,
    description: 'An entity by graph id, e.g. "official:volodymyr-zelensky"; null when absent.',
    args: {
      id: t.arg.string({ required: true }),
      knownAt: t.arg.string({
        description:
          'The entity as its sources had published it by this day (YYYY, YYYY-MM or YYYY-MM-DD): an event derived from the claims published by then (null when none was yet), and its relations, claims and mentions as of then unless they say otherwise.',
      }),
    },
    resolve: async (_root, args, ctx, info) => {
      const knownAt = isoDate('knownAt', args.knownAt);
      const filter = lookaheadFilter(info, knownAt);
      let entity: EntityRow | null;
      if (!filter) entity = await ctx.loaders.entity.load(args.id);
      else {
        // One query for the entity and the relations asked for; the relations field then finds them primed.
        const found = await ctx.loaders.entityWithRelations.load({ id: args.id, filter });
        ctx.loaders.relations.prime({ id: args.id, filter }, found.relations);
        if (found.entity) ctx.loaders.entity.prime(args.id, found.entity);
        entity = found.entity;
      }
      return entity && knownAt ? entityKnownAt(ctx.reader, entity, knownAt) : entity;
    },
  }),
);

interface RelationsArgs extends FactViewArgs {
  direction?: RelationFilter['direction'] | null;
  types?: readonly RelationType[] | null;
  from?: string | null;
  to?: string | null;
  first?: number | null;
}

/** `knownAt`: the day the entity was read as known by, which its relations follow unless they say otherwise. */
function relationFilter(
  args: RelationsArgs,
  properties: RelationFilter['properties'],
  knownAt?: string | null,
): RelationFilter {
  const view = toFactView({ ...args, knownAt: args.knownAt ?? knownAt });
  return {
    direction: args.direction ?? 'BOTH',
    types: args.types ?? null,
    from: isoDate('from', args.from),
    to: isoDate('to', args.to),
    first: boundedInt('first', args.first, 100, 1, 500),
    ...view,
    // Other views re-derive facts from the full rows; the default one reads only what is selected.
    ...(isDefaultView(view) ? { properties } : {}),
  };
}

/** Which free-form properties, reserved edge keys and parts of sources the selection under `relations` (at `at`) asks for. */
function selectedProperties(info: GraphQLResolveInfo, at: string[]): RelationFilter['properties'] {
  const edgeKeys = selectedEdgeKeys(info, [...at, 'edge']);
  const sources = selectedSourceRead(info, [...at, 'edge', 'sources']);
  return {
    other: selectsPath(info, [...at, 'other', 'properties']),
    edge: selectsPath(info, [...at, 'edge', 'properties']),
    ...(edgeKeys ? { edgeKeys } : {}),
    ...(sources !== undefined ? { sources } : {}),
  };
}

/** The filter of the selected `relations` field; null when absent or invalid (its resolver says why). */
function lookaheadFilter(info: GraphQLResolveInfo, knownAt: string | null): RelationFilter | null {
  try {
    const args = selectedRelationsArgs(info);
    return args
      ? relationFilter(args as RelationsArgs, selectedProperties(info, ['relations']), knownAt)
      : null;
  } catch {
    return null;
  }
}

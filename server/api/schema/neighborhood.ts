import { AppError } from '../../../schema/errors.ts';
import { isDefaultView } from '../../graph/queries/fact-view.ts';
import { readNeighborhood } from '../../graph/queries/neighborhood.ts';
import { builder } from './builder.ts';
import { selectedEdgeKeys } from './edge-keys.ts';
import { EntityTypeEnum, RelationTypeEnum } from './enums.ts';
import { factViewArgs, toFactView } from './fact-view-args.ts';
import { SubgraphRef } from './graph-types.ts';
import { boundedInt, isoDate } from './inputs.ts';
import { selectsPath } from './lookahead.ts';

export const MAX_NEIGHBORHOOD_NODES = 1000;

builder.queryField('neighborhood', (t) =>
  t.field({
    type: SubgraphRef,
    description:
      'Entities within `depth` (≤ 3) of the given ones and the relations between them (the given ones first).',
    args: {
      ids: t.arg.stringList({ required: true }),
      depth: t.arg.int({ defaultValue: 1 }),
      relationTypes: t.arg({ type: [RelationTypeEnum] }),
      entityTypes: t.arg({ type: [EntityTypeEnum] }),
      from: t.arg.string(),
      to: t.arg.string(),
      limit: t.arg.int({ defaultValue: 300 }),
      ...factViewArgs(t.arg),
    },
    resolve: (_root, args, ctx, info) => {
      if (args.ids.length === 0 || args.ids.length > 50) {
        throw new AppError('BAD_USER_INPUT', `ids must hold 1 to 50 graph ids; received ${args.ids.length}`);
      }
      const view = toFactView(args);
      // Other views re-derive facts from the full rows; the default one reads only what is selected.
      const properties = isDefaultView(view)
        ? {
            nodes: selectsPath(info, ['nodes', 'properties']),
            edges: selectsPath(info, ['edges', 'properties']),
            edgeKeys: selectedEdgeKeys(info, ['edges']),
          }
        : undefined;
      return readNeighborhood(ctx.reader, {
        ids: args.ids,
        depth: boundedInt('depth', args.depth, 1, 1, 3) as 1 | 2 | 3,
        relationTypes: args.relationTypes,
        entityTypes: args.entityTypes,
        from: isoDate('from', args.from),
        to: isoDate('to', args.to),
        limit: boundedInt('limit', args.limit, 300, 1, MAX_NEIGHBORHOOD_NODES),
        view,
        properties,
      });
    },
  }),
);

import { AppError } from '../../../schema/errors.ts';
import { type MaxHops, readPaths } from '../../graph/queries/paths.ts';
import { builder } from './builder.ts';
import { RelationTypeEnum } from './enums.ts';
import { factViewArgs, toFactView } from './fact-view-args.ts';
import { SubgraphRef } from './graph-types.ts';
import { boundedInt, isoDate } from './inputs.ts';

builder.queryField('paths', (t) =>
  t.field({
    type: [SubgraphRef],
    description: 'Shortest paths (up to `maxHops` ≤ 6) between two entities, one Subgraph per path.',
    args: {
      from: t.arg.string({ required: true }),
      to: t.arg.string({ required: true }),
      maxHops: t.arg.int({ defaultValue: 4 }),
      relationTypes: t.arg({ type: [RelationTypeEnum] }),
      dateFrom: t.arg.string(),
      dateTo: t.arg.string(),
      first: t.arg.int({ defaultValue: 3 }),
      ...factViewArgs(t.arg),
    },
    resolve: (_root, args, ctx) => {
      if (args.from === args.to) {
        throw new AppError('BAD_USER_INPUT', `from and to must differ; both are "${args.from}"`);
      }
      return readPaths(ctx.reader, {
        from: args.from,
        to: args.to,
        maxHops: boundedInt('maxHops', args.maxHops, 4, 1, 6) as MaxHops,
        relationTypes: args.relationTypes,
        dateFrom: isoDate('dateFrom', args.dateFrom),
        dateTo: isoDate('dateTo', args.dateTo),
        first: boundedInt('first', args.first, 3, 1, 20),
        view: toFactView(args),
      });
    },
  }),
);

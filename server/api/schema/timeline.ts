import { readTimeline } from '../../graph/queries/timeline.ts';
import { builder } from './builder.ts';
import { RelationTypeEnum, TimelineOrderEnum } from './enums.ts';
import { factViewArgs, toFactView } from './fact-view-args.ts';
import { SubgraphRef } from './graph-types.ts';
import { boundedInt, isoDate } from './inputs.ts';

builder.queryField('timeline', (t) =>
  t.field({
    type: SubgraphRef,
    description:
      'Dated relations (of the given entities, or all) sorted by date (oldest first unless `order` says otherwise), with their endpoints.',
    args: {
      ids: t.arg.stringList(),
      from: t.arg.string(),
      to: t.arg.string(),
      types: t.arg({ type: [RelationTypeEnum] }),
      first: t.arg.int({ defaultValue: 500 }),
      order: t.arg({
        type: TimelineOrderEnum,
        defaultValue: 'OLDEST_FIRST',
        description:
          'OLDEST_FIRST: the `first` earliest facts; LATEST_FIRST: the `first` latest, newest first.',
      }),
      ...factViewArgs(t.arg),
    },
    resolve: (_root, args, ctx) =>
      readTimeline(ctx.reader, {
        ids: args.ids,
        from: isoDate('from', args.from),
        to: isoDate('to', args.to),
        types: args.types,
        first: boundedInt('first', args.first, 500, 1, 2000),
        view: toFactView(args),
        order: args.order,
      }),
  }),
);

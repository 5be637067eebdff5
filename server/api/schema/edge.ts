import { builder } from './builder.ts';
import { GraphEdgeRef } from './graph-types.ts';

builder.queryField('edge', (t) =>
  t.field({
    type: GraphEdgeRef,
    nullable: true,
    description: 'One relation by its id (GraphEdge.id), with its sources; null when absent.',
    args: { id: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => ctx.loaders.edge.load(args.id),
  }),
);

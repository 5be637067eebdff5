import { readStats } from '../../graph/queries/stats.ts';
import { builder } from './builder.ts';

const LabelCount = builder.objectRef<{ label: string; count: number }>('LabelCount').implement({
  fields: (t) => ({ label: t.exposeString('label'), count: t.exposeInt('count') }),
});

const TypeCount = builder.objectRef<{ type: string; count: number }>('TypeCount').implement({
  fields: (t) => ({ type: t.exposeString('type'), count: t.exposeInt('count') }),
});

const Stats = builder.objectRef<Awaited<ReturnType<typeof readStats>>>('Stats').implement({
  description: 'Node counts by label and relationship counts by type, read from Neo4j.',
  fields: (t) => ({
    nodes: t.field({ type: [LabelCount], resolve: (s) => s.nodes }),
    relationships: t.field({ type: [TypeCount], resolve: (s) => s.relationships }),
  }),
});

builder.queryField('stats', (t) =>
  t.field({ type: Stats, resolve: (_root, _args, ctx) => readStats(ctx.reader) }),
);

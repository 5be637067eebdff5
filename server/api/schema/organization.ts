import { entityNode, propString } from './entity-node.ts';
import { EntityRef } from './entity-ref.ts';
import { loadOthers, loadRelations } from './relation.ts';

export const OrganizationRef = entityNode(
  'Organization',
  'NATO, the EU, the G7, a ministry, a council.',
  (t) => ({
    kind: t.string({ nullable: true, resolve: (row) => propString(row, 'kind') }),
    members: t.field({
      type: [EntityRef],
      resolve: async (row, _args, ctx) => loadOthers(ctx, await loadRelations(ctx, row, 'IN', ['MEMBER_OF'])),
    }),
  }),
);

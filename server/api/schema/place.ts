import { entityNode, propString } from './entity-node.ts';
import { EntityRef } from './entity-ref.ts';
import { loadOthers, loadRelations } from './relation.ts';

export const PlaceRef = entityNode('Place', 'A region, city, sea or front that is not a country.', (t) => ({
  kind: t.string({ nullable: true, resolve: (row) => propString(row, 'kind') }),
  country: t.field({
    type: EntityRef,
    nullable: true,
    resolve: async (row, _args, ctx) =>
      (await loadOthers(ctx, await loadRelations(ctx, row, 'OUT', ['LOCATED_IN'])))[0] ?? null,
  }),
}));

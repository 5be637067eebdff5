import { entityNode, propString } from './entity-node.ts';
import { loadRelations, RelationRef } from './relation.ts';
import { RoleRef, toRoles } from './role.ts';

export const CountryRef = entityNode(
  'Country',
  'A sovereign state (also what its capital stands for).',
  (t) => ({
    iso2: t.string({ nullable: true, resolve: (row) => propString(row, 'iso2') }),
    officials: t.field({
      type: [RoleRef],
      description: 'Officials of this country with their roles.',
      resolve: async (row, _args, ctx) => toRoles(row, await loadRelations(ctx, row, 'IN', ['OFFICIAL_OF'])),
    }),
    agreements: t.field({
      type: [RelationRef],
      description: 'Agreements this country is party to.',
      resolve: (row, _args, ctx) => loadRelations(ctx, row, 'OUT', ['PARTY_TO']),
    }),
    attacksLaunched: t.field({
      type: [RelationRef],
      resolve: (row, _args, ctx) => loadRelations(ctx, row, 'OUT', ['LAUNCHED']),
    }),
    attacksSuffered: t.field({
      type: [RelationRef],
      resolve: (row, _args, ctx) => loadRelations(ctx, row, 'IN', ['TARGETED']),
    }),
    aidGiven: t.field({
      type: [RelationRef],
      resolve: (row, _args, ctx) => loadRelations(ctx, row, 'OUT', ['SUPPORTS']),
    }),
    aidReceived: t.field({
      type: [RelationRef],
      resolve: (row, _args, ctx) => loadRelations(ctx, row, 'IN', ['SUPPORTS']),
    }),
  }),
);

import { entityNode, propString } from './entity-node.ts';
import { loadRelations, RelationRef } from './relation.ts';
import { RoleRef, toRoles } from './role.ts';

export const OfficialRef = entityNode('Official', 'A named person acting in a public role.', (t) => ({
  role: t.string({
    nullable: true,
    description: 'The current role.',
    resolve: (row) => propString(row, 'role'),
  }),
  roles: t.field({
    type: [RoleRef],
    description: 'Roles over time, oldest first.',
    resolve: async (row, _args, ctx) => toRoles(row, await loadRelations(ctx, row, 'OUT', ['OFFICIAL_OF'])),
  }),
  agreementsSigned: t.field({
    type: [RelationRef],
    resolve: (row, _args, ctx) => loadRelations(ctx, row, 'OUT', ['SIGNED']),
  }),
  meetings: t.field({
    type: [RelationRef],
    description: 'Meetings and calls, in either direction (MET is symmetric).',
    resolve: (row, _args, ctx) => loadRelations(ctx, row, 'BOTH', ['MET']),
  }),
}));

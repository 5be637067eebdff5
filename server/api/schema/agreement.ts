import { ClaimRef, knownBy } from './claim.ts';
import { entityNode, propNumber, propString } from './entity-node.ts';
import { EntityRef } from './entity-ref.ts';
import { loadOthers, loadRelations, RelationRef } from './relation.ts';

export const AgreementRef = entityNode(
  'Agreement',
  'An agreement, pact, treaty, roadmap or aid package.',
  (t) => ({
    kind: t.string({ nullable: true, resolve: (row) => propString(row, 'kind') }),
    status: t.string({ nullable: true, resolve: (row) => propString(row, 'status') }),
    date: t.string({ nullable: true, resolve: (row) => propString(row, 'date', 'signedOn') }),
    signedOn: t.string({ nullable: true, resolve: (row) => propString(row, 'signedOn') }),
    durationYears: t.float({ nullable: true, resolve: (row) => propNumber(row, 'durationYears') }),
    place: t.string({ nullable: true, resolve: (row) => propString(row, 'place') }),
    validUntil: t.string({
      nullable: true,
      description: 'When it ends: the year a source gives ("jusqu\'en 2034") or its duration ("10-year").',
      resolve: (row) => propString(row, 'validUntil'),
    }),
    untilCondition: t.string({
      nullable: true,
      description: 'What ends it, as a source words it ("until Ukraine joins the alliance").',
      resolve: (row) => propString(row, 'untilCondition'),
    }),
    claims: t.field({
      type: [ClaimRef],
      description: 'What each source says about the agreement (its status, date, kind).',
      resolve: async (row, _args, ctx) => knownBy(await ctx.loaders.claims.load(row.id), row.knownAt),
    }),
    parties: t.field({
      type: [EntityRef],
      resolve: async (row, _args, ctx) => loadOthers(ctx, await loadRelations(ctx, row, 'IN', ['PARTY_TO'])),
    }),
    signers: t.field({
      type: [EntityRef],
      resolve: async (row, _args, ctx) => loadOthers(ctx, await loadRelations(ctx, row, 'IN', ['SIGNED'])),
    }),
    signatures: t.field({
      type: [RelationRef],
      description: 'The SIGNED relations, with date and source sentence.',
      resolve: (row, _args, ctx) => loadRelations(ctx, row, 'IN', ['SIGNED']),
    }),
  }),
);

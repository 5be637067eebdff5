import type { EdgeRow, EntityRow } from '../../graph/queries/rows.ts';
import { builder } from './builder.ts';
import { ClaimRef, EstimateRef, estimateOf, knownBy } from './claim.ts';
import { entityNode, propNumber, propString } from './entity-node.ts';
import { EntityRef } from './entity-ref.ts';
import { GraphEdgeRef } from './graph-types.ts';
import { loadOthers, loadRelations } from './relation.ts';

interface TargetRow {
  entity: EntityRow;
  edge: EdgeRow;
}

const COUNT_KEYS = ['count', 'launched', 'drones', 'number'];

const TargetRef = builder.objectRef<TargetRow>('Target').implement({
  description: 'A place or country an attack targeted, with the count the text gives for it.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (r) => r.entity }),
    count: t.int({
      nullable: true,
      resolve: (r) =>
        COUNT_KEYS.map((k) => r.edge.properties[k]).find((v) => typeof v === 'number') as number,
    }),
    edge: t.field({ type: GraphEdgeRef, resolve: (r) => r.edge }),
  }),
});

const AttackCountsRef = builder.objectRef<EntityRow>('AttackCounts').implement({
  fields: (t) => ({
    launched: t.field({
      type: EstimateRef,
      nullable: true,
      resolve: (row) => estimateOf(row.properties, 'launched'),
    }),
    intercepted: t.field({
      type: EstimateRef,
      nullable: true,
      resolve: (row) => estimateOf(row.properties, 'intercepted'),
    }),
    casualties: t.field({
      type: EstimateRef,
      nullable: true,
      resolve: (row) => estimateOf(row.properties, 'casualties'),
    }),
  }),
});

export const AttackRef = entityNode('Attack', 'A dated strike or wave of strikes.', (t) => ({
  date: t.string({ nullable: true, resolve: (row) => propString(row, 'date') }),
  weapon: t.string({ nullable: true, resolve: (row) => propString(row, 'weapon') }),
  launched: t.int({ nullable: true, resolve: (row) => propNumber(row, 'launched') }),
  intercepted: t.int({ nullable: true, resolve: (row) => propNumber(row, 'intercepted') }),
  casualties: t.int({ nullable: true, resolve: (row) => propNumber(row, 'casualties') }),
  reportedBy: t.stringList({ resolve: (row) => toList(row.properties.reportedBy) }),
  counts: t.field({
    type: AttackCountsRef,
    description: 'Each count as its sources give it: low, best and high, and whether they disagree.',
    resolve: (row) => row,
  }),
  claims: t.field({
    type: [ClaimRef],
    description: 'What each source says about the attack (its counts, date, who says so).',
    resolve: async (row, _args, ctx) => knownBy(await ctx.loaders.claims.load(row.id), row.knownAt),
  }),
  attacker: t.field({
    type: EntityRef,
    nullable: true,
    resolve: async (row, _args, ctx) =>
      (await loadOthers(ctx, await loadRelations(ctx, row, 'IN', ['LAUNCHED'])))[0] ?? null,
  }),
  targets: t.field({
    type: [TargetRef],
    resolve: async (row, _args, ctx) => {
      const relations = await loadRelations(ctx, row, 'OUT', ['TARGETED']);
      const entities = new Map((await loadOthers(ctx, relations)).map((e) => [e.id, e]));
      return relations.flatMap((r) => {
        const entity = entities.get(r.other.id);
        return entity ? [{ entity, edge: r.edge }] : [];
      });
    },
  }),
}));

function toList(value: unknown): string[] {
  if (value == null) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

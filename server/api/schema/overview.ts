// The explorer's first screen in one request: counts by type, the most connected entities, the latest
// events and the latest month's events with their relations (server/graph/queries/overview.ts). Each
// field is one read, and the reads of one request run side by side.
import {
  type DatedEventRow,
  type HubRow,
  readEntityCounts,
  readHubs,
  readLatestEvents,
  readStartingGraph,
  type StartingGraphRow,
  type TypeCountRow,
} from '../../graph/queries/overview.ts';
import { builder } from './builder.ts';
import { EntityRef } from './entity-ref.ts';
import { EntityTypeEnum } from './enums.ts';
import { GraphEdgeRef, GraphNodeRef } from './graph-types.ts';
import { boundedInt } from './inputs.ts';

export const MAX_OVERVIEW_ITEMS = 100;
export const MAX_STARTING_EVENTS = 500;

const EntityCountRef = builder.objectRef<TypeCountRow>('EntityCount').implement({
  fields: (t) => ({
    type: t.field({ type: EntityTypeEnum, resolve: (c) => c.type }),
    count: t.exposeInt('count'),
  }),
});

const HubRef = builder.objectRef<HubRow>('Hub').implement({
  description: 'An entity and how many relations it has in the default view.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (h) => h.entity }),
    degree: t.exposeInt('degree', {
      description: 'Relations in the default view (asserted or claimed, not rejected), both directions.',
    }),
  }),
});

const DatedEventRef = builder.objectRef<DatedEventRow>('DatedEvent').implement({
  description: 'An agreement or an attack with the date its sources give it.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (e) => e.entity }),
    date: t.exposeString('date', { description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }),
  }),
});

const StartingGraphRef = builder.objectRef<StartingGraphRow>('StartingGraph').implement({
  description:
    "The latest month's agreements and attacks with their relations (default view) and the entities at their other ends: a graph to start from.",
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM: the month of the latest event dated to it.' }),
    events: t.exposeStringList('events', {
      description: "Ids of that month's agreements and attacks, newest first.",
    }),
    nodes: t.field({ type: [GraphNodeRef], resolve: (g) => g.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (g) => g.edges }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when the month had more than `limit` events or their relations passed the cap.',
    }),
  }),
});

const OverviewRef = builder.objectRef<Record<string, never>>('Overview').implement({
  description: 'What the graph holds, for a first screen; every part in the default view.',
  fields: (t) => ({
    counts: t.field({
      type: [EntityCountRef],
      description: 'How many entities of each type.',
      resolve: (_o, _args, ctx) => readEntityCounts(ctx.reader),
    }),
    hubs: t.field({
      type: [HubRef],
      description: 'The most connected entities (of one type, or any), most relations first.',
      args: { first: t.arg.int({ defaultValue: 8 }), type: t.arg({ type: EntityTypeEnum }) },
      resolve: (_o, args, ctx) =>
        readHubs(ctx.reader, boundedInt('first', args.first, 8, 1, MAX_OVERVIEW_ITEMS), args.type),
    }),
    latestEvents: t.field({
      type: [DatedEventRef],
      description: 'The latest dated agreements and attacks, newest first.',
      args: { first: t.arg.int({ defaultValue: 8 }) },
      resolve: (_o, args, ctx) =>
        readLatestEvents(ctx.reader, boundedInt('first', args.first, 8, 1, MAX_OVERVIEW_ITEMS)),
    }),
    startingGraph: t.field({
      type: StartingGraphRef,
      nullable: true,
      description:
        "The agreements and attacks of the latest event's month (at most `limit`, newest first) with their relations and endpoints; null when no event is dated to a month.",
      args: { limit: t.arg.int({ defaultValue: 100 }) },
      resolve: (_o, args, ctx) =>
        readStartingGraph(ctx.reader, boundedInt('limit', args.limit, 100, 1, MAX_STARTING_EVENTS)),
    }),
  }),
});

builder.queryField('overview', (t) =>
  t.field({
    type: OverviewRef,
    description:
      'A first screen on the graph: counts by type, most connected entities, latest events and a starting graph.',
    resolve: () => ({}),
  }),
);

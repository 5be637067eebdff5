import { AppError } from '../../../schema/errors.ts';
import { edgesKnownAt } from '../../graph/queries/as-known-at.ts';
import type { EdgeRow } from '../../graph/queries/rows.ts';
import { builder, type Context } from './builder.ts';
import { GraphEdgeRef } from './graph-types.ts';
import { isoDate } from './inputs.ts';

/** Relations one `edges` request may ask for (an export of the facts on screen). */
export const MAX_EDGE_IDS = 500;

const KNOWN_AT =
  'The relation as its sources had published it by this day (YYYY, YYYY-MM or YYYY-MM-DD): date, values, claims and sources from the articles published by then; null when none was.';

builder.queryFields((t) => ({
  edge: t.field({
    type: GraphEdgeRef,
    nullable: true,
    description: 'One relation by its id (GraphEdge.id), with its sources; null when absent.',
    args: { id: t.arg.string({ required: true }), knownAt: t.arg.string({ description: KNOWN_AT }) },
    resolve: async (_root, args, ctx) =>
      (await loadEdges(ctx, [args.id], isoDate('knownAt', args.knownAt)))[0] ?? null,
  }),
  edges: t.field({
    type: [GraphEdgeRef],
    nullable: { list: false, items: true },
    description: `Relations by their ids (GraphEdge.id), in the order asked, with their sources and claims in one request: null where absent. At most ${MAX_EDGE_IDS} ids.`,
    args: { ids: t.arg.stringList({ required: true }), knownAt: t.arg.string({ description: KNOWN_AT }) },
    resolve: (_root, args, ctx) => {
      if (args.ids.length > MAX_EDGE_IDS) {
        throw new AppError(
          'BAD_USER_INPUT',
          `ids must hold at most ${MAX_EDGE_IDS} relation ids; received ${args.ids.length}: ask in several requests`,
        );
      }
      return loadEdges(ctx, args.ids, isoDate('knownAt', args.knownAt));
    },
  }),
}));

/** Edges in the order of `ids` (one batched read), as known by `knownAt` when given (one more read). */
async function loadEdges(
  ctx: Context,
  ids: readonly string[],
  knownAt: string | null,
): Promise<(EdgeRow | null)[]> {
  if (ids.length === 0) return [];
  const loaded = await ctx.loaders.edge.loadMany(ids);
  const rows = loaded.map((row) => {
    if (row instanceof Error) throw row;
    return row;
  });
  if (!knownAt) return rows;
  const known = await edgesKnownAt(
    ctx.reader,
    rows.filter((row): row is EdgeRow => row !== null),
    knownAt,
  );
  const byId = new Map(known.map((row) => [row.id, row]));
  return rows.map((row) => (row ? (byId.get(row.id) ?? null) : null));
}

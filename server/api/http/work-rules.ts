// What each field costs the database and the response, in "rows": one unit per object the API reads
// or sends. Armor's costLimit weighs the shape of a query (and only literal `first`); these weigh its
// arguments too (variables and defaults included), so `neighborhood(depth: 3, limit: 1000)` costs what it
// does. Fields without a rule cost one row per object, a list field `first` (or a default) objects, a
// connection `first` edges; scalars cost nothing.

export type Args = Record<string, unknown>;

export interface FieldWork {
  /** Rows the field itself reads, once per enclosing item. */
  readonly work?: number;
  /** How many items the (list) field returns: its selection is counted that many times. */
  readonly items?: number;
  /** Item counts of the field's list children by name (a Subgraph's nodes and edges). */
  readonly sizes?: Readonly<Record<string, number>>;
}

export type Rule = (args: Args) => FieldWork;

const int = (args: Args, key: string, fallback: number) =>
  typeof args[key] === 'number' ? (args[key] as number) : fallback;

/** Connections and lists without `first` return a default page of this many. */
export const DEFAULT_ITEMS = 20;

/** The per-edge list fields (claims of a fact) have no argument; most facts have a few claims. */
const CLAIMS_PER_FACT = 20;

/** A neighbourhood returns up to 4 relations per node (neighborhoodQuery's edge cap). */
const EDGES_PER_NODE = 4;

/** The overview's hubs count every relation of every entity: a fixed share of the graph, whatever `first`. */
const HUBS_WORK = 2_000;

/** The starting graph's edge cap per event (overview.ts's STARTING_EDGES_PER_EVENT). */
const STARTING_EDGES_PER_EVENT = 10;

export const FIELD_RULES: Readonly<Record<string, Rule>> = {
  // Breadth-first expansion: every level may touch the whole node cap again, then the edges among them.
  'Query.neighborhood': (args) => {
    const limit = int(args, 'limit', 300);
    const edges = limit * EDGES_PER_NODE;
    return { work: (limit + edges) * int(args, 'depth', 1), sizes: { nodes: limit, edges } };
  },
  // Shortest paths explore a frontier that grows with every hop: 2^hops rows per path asked, times 10.
  'Query.paths': (args) => {
    const hops = int(args, 'maxHops', 4);
    const first = int(args, 'first', 3);
    return { work: 10 * 2 ** hops * first, items: first, sizes: { nodes: hops + 1, edges: hops } };
  },
  'Query.timeline': (args) => {
    const first = int(args, 'first', 500);
    return { work: first, sizes: { nodes: 2 * first, edges: first } };
  },
  'Query.nodes': (args) => ({ items: Array.isArray(args.ids) ? args.ids.length : 1 }),
  // Each relation asked for is read with its sources: its selection (sources, claims) counts once per id.
  'Query.edges': (args) => ({ items: Array.isArray(args.ids) ? args.ids.length : 1 }),
  'Overview.hubs': () => ({ work: HUBS_WORK }),
  'Overview.startingGraph': (args) => {
    const limit = int(args, 'limit', 100);
    const edges = limit * STARTING_EDGES_PER_EVENT;
    return { work: limit + edges, sizes: { nodes: limit + edges, edges } };
  },
  'GraphEdge.claims': () => ({ items: CLAIMS_PER_FACT }),
};

/** Any list field with `first` (relations, sources, mentionedIn, search, corrections, connections). */
export const firstItems = (args: Args): number | undefined =>
  typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : undefined;

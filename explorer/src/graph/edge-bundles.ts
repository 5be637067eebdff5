// Parallel edges (several relations between the same two entities, either way) drawn as one edge with
// a count; a bundle opens (its edges drawn one by one) while one of them is selected.

export interface Bundle {
  /** Element id of the drawn bundle: stable for the pair, whatever the order of its ends. */
  id: string;
  source: string;
  target: string;
  members: string[];
}

export const BUNDLE_PREFIX = 'bundle:';

interface EdgeEnds {
  id: string;
  source: string;
  target: string;
}

export function isBundleId(id: string | null): boolean {
  return id?.startsWith(BUNDLE_PREFIX) ?? false;
}

/**
 * Bundles of the given (visible) edges: pairs with two or more, except pairs holding an edge of `open`
 * (the selection, the paths found), which are drawn edge by edge.
 */
export function bundleEdges(edges: EdgeEnds[], open: ReadonlySet<string>): Bundle[] {
  const pairs = new Map<string, EdgeEnds[]>();
  for (const edge of edges) {
    const [a, b] = [edge.source, edge.target].sort() as [string, string];
    const key = `${a}|${b}`;
    pairs.set(key, [...(pairs.get(key) ?? []), edge]);
  }
  const bundles: Bundle[] = [];
  for (const [key, members] of pairs) {
    if (members.length < 2 || members.some((edge) => open.has(edge.id))) continue;
    const [source, target] = key.split('|') as [string, string];
    const ids = members.map((edge) => edge.id).sort();
    bundles.push({ id: `${BUNDLE_PREFIX}${key}`, source, target, members: ids });
  }
  return bundles;
}

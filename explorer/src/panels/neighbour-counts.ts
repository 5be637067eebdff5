// How many neighbours expanding an entity by each relation type would add to the canvas.

import type { RelationType } from '../api/types.ts';

/** One relation of the entity: its type and the entity at its other end. */
export interface RelationEnd {
  type: RelationType;
  other: string;
}

export interface TypeCount {
  type: RelationType;
  /** Neighbours not yet on the canvas that this type would bring. */
  added: number;
  /** All neighbours through this type. */
  total: number;
  /** Whether the relation filter shows this type: a hidden one would add nothing to see. */
  shown: boolean;
}

export interface NeighbourCounts {
  /** Types with at least one relation, most added first, then by name. */
  byType: TypeCount[];
  /** Distinct neighbours over the shown types: what "All" would bring into view and how many there are. */
  all: { added: number; total: number };
}

export function neighbourCounts(
  relations: RelationEnd[],
  onCanvas: ReadonlySet<string>,
  shownTypes: ReadonlySet<RelationType>,
): NeighbourCounts {
  const byType = new Map<RelationType, Set<string>>();
  for (const { type, other } of relations) {
    const others = byType.get(type) ?? new Set<string>();
    others.add(other);
    byType.set(type, others);
  }
  const count = (others: Iterable<string>) => {
    const distinct = new Set(others);
    return { added: [...distinct].filter((id) => !onCanvas.has(id)).length, total: distinct.size };
  };
  return {
    byType: [...byType]
      .map(([type, others]) => ({ type, ...count(others), shown: shownTypes.has(type) }))
      // Shown types first: the hidden ones are listed last, as what the filter keeps out.
      .sort((a, b) => Number(b.shown) - Number(a.shown) || b.added - a.added || a.type.localeCompare(b.type)),
    all: count(
      relations.filter((relation) => shownTypes.has(relation.type)).map((relation) => relation.other),
    ),
  };
}

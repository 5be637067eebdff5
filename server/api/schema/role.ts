import type { RelationRow } from '../../graph/queries/relations-of.ts';
import type { EdgeRow, EntityRow } from '../../graph/queries/rows.ts';
import { builder } from './builder.ts';
import { DatePrecisionEnum } from './enums.ts';
import { GraphEdgeRef, GraphNodeRef } from './graph-types.ts';

interface RoleRow {
  official: EntityRow;
  of: EntityRow;
  edge: EdgeRow;
}

export const RoleRef = builder.objectRef<RoleRow>('Role').implement({
  description: 'An OFFICIAL_OF relation: who held which role, for which country or organisation, when.',
  fields: (t) => ({
    role: t.string({ nullable: true, resolve: (r) => stringOrNull(r.edge.properties.role) }),
    official: t.field({ type: GraphNodeRef, resolve: (r) => r.official }),
    of: t.field({ type: GraphNodeRef, resolve: (r) => r.of }),
    date: t.string({ nullable: true, resolve: (r) => r.edge.date }),
    datePrecision: t.field({ type: DatePrecisionEnum, resolve: (r) => r.edge.datePrecision }),
    edge: t.field({ type: GraphEdgeRef, resolve: (r) => r.edge }),
  }),
});

/** OFFICIAL_OF relations seen from either end, as roles. */
export function toRoles(self: EntityRow, relations: RelationRow[]): RoleRow[] {
  return relations.map((r) =>
    r.direction === 'OUT'
      ? { official: self, of: r.other, edge: r.edge }
      : { official: r.other, of: self, edge: r.edge },
  );
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

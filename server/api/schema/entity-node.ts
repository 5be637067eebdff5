import type { EntityType } from '../../../schema/graph-model.ts';
import type { EntityRow } from '../../graph/queries/rows.ts';
import { builder } from './builder.ts';
import { EntityRef } from './entity-ref.ts';

type FieldsOf = Parameters<
  typeof builder.node<[typeof EntityRef], ReturnType<typeof builder.objectRef<EntityRow>>>
>[1]['fields'];

/** A concrete entity type: a Relay node implementing Entity, loaded by graph id through the DataLoader. */
export function entityNode(type: EntityType, description: string, fields?: FieldsOf) {
  return builder.node(builder.objectRef<EntityRow>(type), {
    description,
    interfaces: [EntityRef],
    isTypeOf: (row) => (row as EntityRow).type === type,
    id: { resolve: (row) => row.id },
    loadMany: async (ids, ctx) => {
      const rows = await ctx.loaders.entity.loadMany(ids);
      return rows.map((row) => (row && !(row instanceof Error) && row.type === type ? row : null));
    },
    fields,
  });
}

/** A flattened property read as a string (lists joined), for typed convenience fields. */
export function propString(row: EntityRow, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = row.properties[key];
    if (value == null) continue;
    return Array.isArray(value) ? value.join(', ') : String(value);
  }
  return null;
}

export function propNumber(row: EntityRow, key: string): number | null {
  const value = row.properties[key];
  return typeof value === 'number' ? value : null;
}

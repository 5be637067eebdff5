import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema.ts';

/** The SDL committed as schema/schema.graphql. */
export function printApiSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

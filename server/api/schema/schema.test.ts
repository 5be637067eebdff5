import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printApiSchema } from './print-schema.ts';

const committed = new URL('../../../schema/schema.graphql', import.meta.url);

describe('GraphQL schema', () => {
  it('matches the committed schema/schema.graphql (UPDATE_SCHEMA=1 rewrites it)', () => {
    const printed = printApiSchema();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(committed, printed);
    expect(printed).toBe(readFileSync(committed, 'utf8'));
  });
});

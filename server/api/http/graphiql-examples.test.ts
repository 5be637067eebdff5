import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../schema/schema.ts';
import { graphiqlExamples } from './graphiql-examples.ts';

describe('GraphiQL example operations', () => {
  it('are all valid against the schema', () => {
    for (const example of graphiqlExamples) expect(validate(schema, parse(example))).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { codegenConfig, GENERATED_FILE } from '../../../codegen.config.ts';

describe('generated operation types', () => {
  it('match schema/schema.graphql and api-queries.ts (run `npm run codegen` when this fails)', async () => {
    const [output] = await generate(codegenConfig, false);
    expect(output?.filename).toBe(GENERATED_FILE);
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(output?.content);
  }, 60_000);
});

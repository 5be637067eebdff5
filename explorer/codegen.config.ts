// GraphQL Code Generator: the result and variables types of the explorer's operations (src/api/api-queries.ts),
// from schema/schema.graphql, into src/api/generated/operations.ts. `npm run codegen` writes it;
// src/api/generated/operations.test.ts fails when the committed file is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';
import * as queries from './src/api/api-queries.ts';

export const GENERATED_FILE = 'explorer/src/api/generated/operations.ts';

export const codegenConfig: CodegenConfig = {
  schema: 'schema/schema.graphql',
  // The operations are strings built from shared field lists, so they are handed over as documents, not globs.
  documents: Object.values(queries),
  silent: true,
  generates: {
    [GENERATED_FILE]: {
      plugins: ['typescript-operations'],
      config: {
        enumType: 'string-literal',
        scalars: { JSON: "import('../json.ts').JsonObject" },
        strictScalars: true,
        useTypeImports: true,
      },
    },
  },
};

export default codegenConfig;

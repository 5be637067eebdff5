import { defineConfig } from 'vitest/config';

// Three projects: fast pure unit tests, integration tests against one real Neo4j started by the global
// setup, and e2e tests driving the Debian Chromium against the real server.

// graphql ships CJS (main) and ESM (module) builds; Node loads the CJS one for Pothos and Yoga, so our own
// files must get the same copy or graphql rejects "a type from another module or realm".
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['schema/**/*.test.ts', 'server/**/*.test.ts', 'explorer/**/*.test.ts', 'test/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'],
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          // e2e runs after integration: both share the run's one Neo4j, which some tests stop and restart.
          sequence: { groupOrder: 1 },
          include: ['test/integration/**/*.int.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

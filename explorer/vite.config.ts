// Vite for the explorer: root is explorer/, output explorer/dist (served by `newsgraph serve` at /),
// and the dev server proxies the API to a local `newsgraph serve` on port 4000.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const api = 'http://localhost:4000';

/**
 * The e2e tests and the explorer benchmark build with `mode: 'e2e'`: that build carries the test hook
 * (window.__newsgraph) and goes to its own folder, so the served explorer/dist never has it.
 */
export const E2E_MODE = 'e2e';
export const E2E_OUT_DIR = fileURLToPath(new URL('../test/artifacts/explorer-e2e', import.meta.url));

// Vite reads the default export; the one exception to the no-default-exports rule.
export default defineConfig(({ mode }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: mode === E2E_MODE ? E2E_OUT_DIR : 'dist',
    emptyOutDir: true,
    // Cytoscape and fCoSE make one large chunk by nature; that is expected, not a warning.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/health': api, '/ready': api },
  },
}));

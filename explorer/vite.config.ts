// Vite for the explorer: root is explorer/, output explorer/dist (served by `newsgraph serve` at /),
// and the dev server proxies the API to a local `newsgraph serve` on port 4000.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const api = 'http://localhost:4000';

// Vite reads the default export; the one exception to the no-default-exports rule.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cytoscape and fCoSE make one large chunk by nature; that is expected, not a warning.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/health': api, '/ready': api },
  },
});

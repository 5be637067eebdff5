// Run by build() (ensure-build.js) after tsc: bundles the CLI that tsc emitted into dist/ as one ES
// module and a few chunks in dist/cli/, so a start loads some 40 files instead of some 370 (loading the
// modules was about half of a one-file `newsgraph extract`). Code splitting keeps the lazy `import()`s
// lazy: the server, Neo4j, the HTML reader and the parser's client load only when a command needs them.
// Packages stay external (a single copy of graphql, pino's worker transports, data files beside
// their code), except two pure ES ones that many modules load (zod, chrono-node: 160 modules).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const outdir = join(dist, 'cli');
const BUNDLED = new Set(['zod', 'chrono-node']);

const packageName = (specifier) => specifier.split('/', specifier.startsWith('@') ? 2 : 1).join('/');

/** Every module keeps its own import.meta.url, that of its file under dist/ (which tsc emitted and stays):
 * the paths they find beside themselves (seeds/, .data/, the gazetteer compiler's own files for its
 * cache key, createRequire) stay what they are unbundled. */
const ownUrls = {
  name: 'own-import-meta-url',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('node:') || !BUNDLED.has(packageName(args.path))
        ? { path: args.path, external: true }
        : undefined,
    );
    builder.onLoad({ filter: /\.js$/ }, (args) => {
      if (!args.path.startsWith(dist)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: source.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
};

const result = await build({
  entryPoints: { main: join(dist, 'server', 'cli', 'main.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  plugins: [ownUrls],
  metafile: true,
  absWorkingDir: root,
  logLevel: 'warning',
});
// Chunks of an earlier bundle are removed once the new ones are written.
const written = new Set(Object.keys(result.metafile.outputs).map((path) => join(root, path)));
for (const name of readdirSync(outdir))
  if (!written.has(join(outdir, name))) rmSync(join(outdir, name), { force: true });

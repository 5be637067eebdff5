// The module boundaries of style.md, checked by scanning import specifiers of every source file.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const roots = ['schema', 'server', 'explorer', 'test', 'bench'];
const skip = new Set(['node_modules', 'dist', 'target', 'artifacts', 'out']);

interface Import {
  readonly file: string;
  readonly specifier: string;
  readonly typeOnly: boolean;
  /** Repository-relative path of a relative import, undefined for packages. */
  readonly target?: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    if (skip.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = roots.flatMap(sourceFiles);
const importPattern =
  /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

const imports: Import[] = files.flatMap((file) => {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(importPattern)].map((match) => {
    const specifier = (match[2] ?? match[3])!;
    const target = specifier.startsWith('.')
      ? relative(root, resolve(root, dirname(file), specifier))
      : undefined;
    return { file, specifier, typeOnly: Boolean(match[1]), ...(target ? { target } : {}) };
  });
});

const violations = (ok: (i: Import) => boolean, scope: (i: Import) => boolean) =>
  imports.filter((i) => scope(i) && !ok(i)).map((i) => `${i.file} imports ${i.specifier}`);
const isIn = (path: string | undefined, dir: string) =>
  path !== undefined && (path === dir || path.startsWith(`${dir}/`));
const isTest = (file: string) => file.startsWith('test/') || /\.test\.ts$/.test(file);

describe('module boundaries', () => {
  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(imports.length).toBeGreaterThan(50);
  });

  it('lets only server/graph import neo4j-driver', () => {
    expect(
      violations(
        (i) => isIn(i.file, 'server/graph'),
        (i) => i.specifier.startsWith('neo4j-driver'),
      ),
    ).toEqual([]);
  });

  it('lets only server/api import graphql-yoga and Pothos', () => {
    const api = (i: Import) => /^(graphql-yoga|@pothos\/)/.test(i.specifier);
    expect(violations((i) => isIn(i.file, 'server/api') || isTest(i.file), api)).toEqual([]);
  });

  it('keeps schema free of imports of our other modules', () => {
    expect(
      violations(
        (i) => isIn(i.target, 'schema'),
        (i) => isIn(i.file, 'schema') && Boolean(i.target),
      ),
    ).toEqual([]);
  });

  it('keeps extraction pure: server/ingest imports only itself and schema', () => {
    const pure = (i: Import) =>
      isIn(i.target, 'server/ingest') || isIn(i.target, 'schema') || isIn(i.target, 'seeds');
    const scope = (i: Import) => isIn(i.file, 'server/ingest') && !isTest(i.file) && Boolean(i.target);
    expect(violations(pure, scope)).toEqual([]);
    const db = (i: Import) => isIn(i.file, 'server/ingest') && /^(neo4j-driver|graphql)/.test(i.specifier);
    expect(violations(() => false, db)).toEqual([]);
  });

  it('keeps the explorer on HTTP: type imports from schema, values only from the pure graph-model allow-lists', () => {
    // graph-model.ts is constants and type guards with no imports, so bundling it costs nothing and keeps
    // the explorer's enums in step with the server's; anything else of ours stays type-only.
    const ok = (i: Import) =>
      isIn(i.target, 'explorer') ||
      (isIn(i.target, 'schema') && (i.typeOnly || i.target === 'schema/graph-model.ts'));
    // Build configs are tooling, not the app (codegen's names an import for the file it writes).
    const scope = (i: Import) =>
      isIn(i.file, 'explorer') && Boolean(i.target) && !isTest(i.file) && !/\.config\.ts$/.test(i.file);
    expect(violations(ok, scope)).toEqual([]);
  });

  it('keeps the explorer talking to the server only from explorer/src/api', () => {
    const calls = files
      .filter((file) => isIn(file, 'explorer/src') && !isIn(file, 'explorer/src/api') && !isTest(file))
      .filter((file) => /\bfetch\(/.test(readFileSync(join(root, file), 'utf8')));
    expect(calls).toEqual([]);
  });

  it('keeps Cypher behind server/graph: the API and CLI never import the driver', () => {
    const scope = (i: Import) =>
      (isIn(i.file, 'server/api') || isIn(i.file, 'server/cli')) && i.specifier === 'neo4j-driver';
    expect(violations(() => false, scope)).toEqual([]);
  });
});

describe('file conventions', () => {
  it('names every source file in kebab-case', () => {
    const bad = files.filter(
      (file) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*\.ts$/.test(file.split('/').pop()!),
    );
    expect(bad).toEqual([]);
  });

  it('uses named exports only, except the config files of Vite, Vitest and GraphQL Code Generator', () => {
    const bad = files.filter(
      (file) =>
        !/(^|\/)(vite(st)?|codegen)\.config\.ts$/.test(file) &&
        /^export default /m.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(bad).toEqual([]);
  });

  it('imports TypeScript files with their .ts extension', () => {
    const bad = imports.filter((i) => i.target !== undefined && !/\.(ts|json|css|js|mjs)$/.test(i.specifier));
    expect(bad.map((i) => `${i.file} imports ${i.specifier}`)).toEqual([]);
  });
});

// package.json as a maintainer meets it: no dependency on itself, none that nothing imports, scripts that
// work from a plain `npm ci`, and the Node.js it needs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  engines: { node: string };
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};
const skip = new Set(['node_modules', 'dist', 'target', 'artifacts']);

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    if (skip.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|js)$/.test(entry.name) ? [readFileSync(join(root, path), 'utf8')] : [];
  });
}

const code = ['schema', 'server', 'explorer', 'test', 'bench', 'bin'].flatMap(sources).join('\n');

describe('package.json', () => {
  it('does not depend on itself', () => {
    expect(Object.keys(pkg.dependencies)).not.toContain(pkg.name);
  });

  it('lists only runtime dependencies that some file imports', () => {
    const imported = (name: string) => code.includes(`'${name}'`) || code.includes(`'${name}/`);
    expect(Object.keys(pkg.dependencies).filter((name) => !imported(name))).toEqual([]);
  });

  it('runs the CLI through bin/newsgraph.js, not a `newsgraph` bin only a self-dependency installs', () => {
    const callsBin = Object.entries(pkg.scripts).filter(([, script]) =>
      /(?:^|&&|;|\|)\s*newsgraph\b/.test(script),
    );
    expect(callsBin).toEqual([]);
    expect(pkg.scripts.start).toBe('node bin/newsgraph.js serve');
  });

  it('requires Node.js 24, which CI fetches from the npm registry on an older machine', () => {
    expect(pkg.engines.node).toBe('>=24');
    expect(readFileSync(join(root, '.ci/run'), 'utf8')).toContain('npx -y node@24');
  });
});

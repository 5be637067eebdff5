// The CLI and server run the JavaScript that tsconfig.build.json emits into dist/, so nothing compiles
// TypeScript at run time. A checkout whose sources changed since that build (or that was never built)
// is rebuilt before it runs, so editing a file and running the command never runs stale code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
// Written after a successful build: its mtime is the build's time, its text the number of sources, so a
// deleted or renamed source (whose old output would linger) also makes the build stale.
const stamp = join(dist, '.build-stamp');
/** The bundled CLI (bundle.js), run when present; tsc's dist/server/cli/main.js otherwise. */
export const bundleMain = join(dist, 'cli', 'main.js');
const sourceDirs = ['schema', 'server'];
const configs = ['tsconfig.json', 'tsconfig.build.json', 'bin/bundle.js'];
const skipped = new Set(['node_modules', 'target', 'dist']);

/** The .ts files the build compiles (tests excluded, as in tsconfig.build.json) and its configs. */
function sources() {
  const found = configs.map((name) => join(root, name));
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (skipped.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) found.push(path);
    }
  };
  for (const dir of sourceDirs) walk(join(root, dir));
  return found;
}

/** Why dist/ cannot be run as it is, or null when it is up to date. */
export function staleReason() {
  if (!existsSync(stamp)) return 'there is no build yet';
  const files = sources();
  if (readFileSync(stamp, 'utf8').trim() !== String(files.length)) return 'sources were added or removed';
  const built = statSync(stamp).mtimeMs;
  const newer = files.find((file) => statSync(file).mtimeMs > built);
  return newer ? `${newer.slice(root.length + 1)} changed` : null;
}

/** tsc's script, or null when TypeScript is not installed (`npm ci --omit=dev`). */
export function tscPath() {
  try {
    const pkg = createRequire(import.meta.url).resolve('typescript/package.json', { paths: [root] });
    return join(dirname(pkg), 'bin', 'tsc');
  } catch {
    return null;
  }
}

/** Builds dist/; false when TypeScript is missing or tsc fails (its errors are on stderr). */
export function build() {
  const tsc = tscPath();
  if (!tsc) return false;
  const files = sources();
  // Emitting over the old build keeps a running server's files in place; only a changed set of sources
  // needs a clean folder, so no output of a deleted source lingers.
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() !== String(files.length))
    rmSync(dist, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) return false;
  // The bundle the bin runs (bundle.js); when it cannot be made, the bin runs tsc's output instead, so an
  // older bundle must not stay behind.
  const bundled = spawnSync(process.execPath, [join(root, 'bin', 'bundle.js')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (bundled.status !== 0) rmSync(bundleMain, { force: true });
  writeFileSync(stamp, `${files.length}\n`);
  return true;
}

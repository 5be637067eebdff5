#!/usr/bin/env node
// Runs the built CLI (dist/, see ensure-build.js), building it first when the sources are newer: the
// bundle in dist/cli/ (bundle.js) when there is one. When it cannot be built (no TypeScript installed),
// the sources run through tsx instead, which is slower.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, bundleMain, root, staleReason, tscPath } from './ensure-build.js';

// V8 keeps the compiled code of every module it loads (in the OS temp folder), so later starts skip
// parsing and compiling them; absent before Node 22.1, where it is simply skipped.
module.enableCompileCache?.();

const reason = staleReason();
const canBuild = reason !== null && tscPath() !== null;
if (canBuild) process.stderr.write(`newsgraph: building dist/ first (${reason})\n`);
if (reason === null || (canBuild && build())) {
  const main = existsSync(bundleMain) ? bundleMain : join(root, 'dist', 'server', 'cli', 'main.js');
  await import(pathToFileURL(main).href);
} else {
  const why = canBuild ? 'tsc failed' : 'TypeScript is not installed';
  process.stderr.write(`newsgraph: dist/ not built (${why}); running the TypeScript sources through tsx\n`);
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'server', 'cli', 'main.ts')).href);
}

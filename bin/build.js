#!/usr/bin/env node
// `npm run build:server` (also run by `prepare` and `npm test`): builds dist/ when the sources are newer
// (see ensure-build.js), or always with --force. Without TypeScript installed (a production install) it
// only says so, since the bin then runs the sources through tsx.
import { build, staleReason, tscPath } from './ensure-build.js';

const reason = process.argv.includes('--force') ? 'asked' : staleReason();
if (reason === null) process.exit(0);
if (!tscPath()) {
  process.stderr.write('newsgraph: TypeScript is not installed; dist/ not built (the bin will use tsx)\n');
  process.exit(0);
}
const began = Date.now();
if (!build()) {
  process.stderr.write('newsgraph: tsc failed; dist/ not built\n');
  process.exit(1);
}
process.stderr.write(`newsgraph: built dist/ in ${((Date.now() - began) / 1000).toFixed(1)}s (${reason})\n`);

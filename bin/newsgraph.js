#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so that no build step stands between a clone and the command.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');

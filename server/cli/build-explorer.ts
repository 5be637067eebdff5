import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Logger } from '../logger.ts';

/**
 * Builds the explorer with Vite when `explorer/dist` is missing, so `npm start` in a fresh clone serves
 * it. A missing config or a failed build is logged, not fatal: the API still serves.
 */
export async function buildExplorerIfMissing(logger: Logger, root = process.cwd()): Promise<void> {
  const config = `${root}/explorer/vite.config.ts`;
  if (existsSync(`${root}/explorer/dist/index.html`) || !existsSync(config)) return;
  const vite = createRequire(`${root}/package.json`).resolve('vite/bin/vite.js');
  logger.info('building the explorer (explorer/dist is missing)');
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', config, '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', () => resolve(-1));
    child.once('exit', resolve);
  });
  if (code !== 0) logger.warn({ code }, 'explorer build failed; serving the API only');
}

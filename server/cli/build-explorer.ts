import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.ts';

/**
 * Builds the explorer with Vite when `explorer/dist` is missing, so `npm start` in a fresh clone serves
 * it. A missing config or Vite, or a failed build, is logged, not fatal: the API still serves.
 */
export async function buildExplorerIfMissing(logger: Logger, root = process.cwd()): Promise<void> {
  const config = join(root, 'explorer', 'vite.config.ts');
  if (existsSync(join(root, 'explorer', 'dist', 'index.html')) || !existsSync(config)) return;
  // vite's package exports do not include its bin, so it is found by path.
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) {
    logger.warn({ vite }, 'explorer/dist is missing and Vite is not installed; serving the API only');
    return;
  }
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

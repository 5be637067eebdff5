import { AppError } from '../../schema/errors.ts';

/**
 * Wraps a command action so an expected failure prints one line (`newsgraph: CODE: message`) and exits 1;
 * anything else keeps its stack, because it is a bug.
 */
export function runAction<Args extends unknown[]>(
  action: (...args: Args) => Promise<void>,
): (...args: Args) => Promise<void> {
  return async (...args: Args) => {
    try {
      await action(...args);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      process.stderr.write(`newsgraph: ${error.code}: ${error.message}\n`);
      process.exitCode = 1;
    }
  };
}

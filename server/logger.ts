import { type Logger, pino } from 'pino';

export type { Logger };

/** One pino logger per process: JSON lines on stderr, so stdout stays free for command output. */
export function createLogger(level = 'info', name = 'newsgraph'): Logger {
  return pino({ name, level }, pino.destination({ dest: 2, sync: false }));
}

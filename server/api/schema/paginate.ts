import { resolveCursorConnection } from '@pothos/plugin-relay';
import { AppError, excerpt } from '../../../schema/errors.ts';
import type { Page } from '../../graph/queries/list-entities.ts';
import { MAX_PAGE } from './inputs.ts';

interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/**
 * Relay connection over rows ordered by id: cursors are opaque (base64url of the id), pages are read by
 * keyset (`id > after`), and a page size over MAX_PAGE is refused rather than silently cut.
 */
export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    startCursor?: string | null;
    endCursor?: string | null;
    hasPreviousPage: boolean;
    hasNextPage: boolean;
  };
}

export async function paginateById<T extends { id: string }>(
  args: ConnectionArgs,
  read: (page: Page) => Promise<T[]>,
): Promise<ConnectionShape<T>> {
  for (const key of ['first', 'last'] as const) {
    const value = args[key];
    if (value != null && (value < 0 || value > MAX_PAGE)) {
      throw new AppError('BAD_USER_INPUT', `${key} must be from 0 to ${MAX_PAGE}; received ${value}`);
    }
  }
  const connection = await resolveCursorConnection(
    { args, defaultSize: 20, maxSize: MAX_PAGE, toCursor: (row) => encodeCursor((row as T).id) },
    ({ before, after, limit, inverted }) =>
      read({ after: decodeCursor(after), before: decodeCursor(before), limit, inverted }),
  );
  return connection as ConnectionShape<T>;
}

export function encodeCursor(id: string): string {
  return Buffer.from(`id:${id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string | undefined): string | null {
  if (cursor == null) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('id:')) throw new AppError('BAD_USER_INPUT', `invalid cursor "${excerpt(cursor)}"`);
  return text.slice(3);
}

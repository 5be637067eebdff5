import { AppError, excerpt } from '../../../schema/errors.ts';

export const MAX_PAGE = 100;

/** Checks an integer argument against its bounds; out of range is the client's error, not a silent clamp. */
export function boundedInt(
  field: string,
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
) {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new AppError(
      'BAD_USER_INPUT',
      `${field} must be an integer from ${min} to ${max}; received ${excerpt(n)}`,
    );
  }
  return n;
}

const ISO_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Date bounds are ISO prefixes (2024, 2024-06, 2024-06-13) so they compare as strings. */
export function isoDate(field: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!ISO_PREFIX.test(value)) {
    throw new AppError(
      'BAD_USER_INPUT',
      `${field} must be YYYY, YYYY-MM or YYYY-MM-DD; received "${excerpt(value)}"`,
    );
  }
  return value;
}

export function notFound(what: string, id: string): never {
  throw new AppError('NOT_FOUND', `no ${what} with id "${excerpt(id)}"`);
}

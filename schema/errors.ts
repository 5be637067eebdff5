// One error type crosses module boundaries: a stable code for clients, a message that says what failed,
// for which id, file or field, and what was received.

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'SERVICE_UNAVAILABLE',
  'INVALID_DOCUMENT',
  'INVALID_ARTICLE',
  'CONFIG_INVALID',
  'NEO4J_LOCAL_FAILED',
  'NLP_LOCAL_FAILED',
  'NLP_FAILED',
  'CONSTRAINT_VIOLATION',
  /** A client sent too much expensive work at once: it waits or retries after Retry-After. */
  'RATE_LIMITED',
  /** An answer over the response size cap. */
  'RESPONSE_TOO_LARGE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}

/** Cuts a received value to a readable length for error messages. */
export function excerpt(value: unknown, max = 200): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

import { describe, expect, it } from 'vitest';
import { isAuthorized } from './auth.ts';

describe('isAuthorized', () => {
  it('accepts the configured key sent as a bearer token', () => {
    expect(isAuthorized('Bearer s3cret', 's3cret')).toBe(true);
  });
  it('refuses a wrong, missing or non-bearer key', () => {
    expect(isAuthorized('Bearer nope', 's3cret')).toBe(false);
    expect(isAuthorized(null, 's3cret')).toBe(false);
    expect(isAuthorized('s3cret', 's3cret')).toBe(false);
  });
  it('refuses everything when no key is configured', () => {
    expect(isAuthorized('Bearer ', undefined)).toBe(false);
    expect(isAuthorized('Bearer anything', '')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { createHostCheck } from './host-check.ts';

describe('createHostCheck', () => {
  it('accepts loopback names and the configured host, in any case and with a final dot', () => {
    const allowed = createHostCheck('10.0.0.5');
    for (const name of ['localhost', '127.0.0.1', '[::1]', '10.0.0.5', 'LocalHost', 'localhost.'])
      expect(allowed(name), name).toBe(true);
  });

  it('refuses every other name, such as one an attacker points at 127.0.0.1', () => {
    const allowed = createHostCheck('127.0.0.1');
    for (const name of ['evil.example', 'localhost.evil.example', '127.0.0.2', ''])
      expect(allowed(name), name).toBe(false);
  });

  it('takes the extra names, never "every interface" as a name, and * as any', () => {
    expect(createHostCheck('0.0.0.0', ['newsgraph.lan'])('newsgraph.lan')).toBe(true);
    expect(createHostCheck('0.0.0.0')('0.0.0.0')).toBe(false);
    expect(createHostCheck('::1')('[::1]')).toBe(true);
    expect(createHostCheck('127.0.0.1', ['*'])('anything.example')).toBe(true);
  });
});

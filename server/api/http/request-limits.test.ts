// The size cap measures the answer's JSON once and the same text is sent: what is sent must still be the
// whole result, errors (which Yoga rewrites before sending) must still be masked, and the cap must hold.
import { describe, expect, it, vi } from 'vitest';
import type { GraphGateway } from '../../graph/gateway.ts';
import { createApp } from './app.ts';

const gateway: GraphGateway = {
  reader: {
    async read() {
      throw new Error('internal detail that must not leak');
    },
    async readAll() {
      throw new Error('internal detail that must not leak');
    },
    ping: async () => true,
  },
  curation: {
    correct: async () => {
      throw new Error('not used');
    },
    undo: async () => {
      throw new Error('not used');
    },
  },
};
const logger = { error: () => {}, warn: () => {} } as never;

async function post(app: ReturnType<typeof createApp>, query: string) {
  const body = JSON.stringify({ query });
  const response = await app.fetch('http://127.0.0.1/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
    body,
  });
  return { status: response.status, text: await response.text() };
}

describe('the response size cap', () => {
  it('sends the measured result as it is', async () => {
    const app = createApp({ gateway, logger });
    const { text } = await post(app, '{ a: __typename b: __typename }');
    expect(JSON.parse(text)).toEqual({ data: { a: 'Query', b: 'Query' } });
    expect(text).not.toContain('stringify');
  });

  it('serialises a result once', async () => {
    const app = createApp({ gateway, logger });
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      await post(app, '{ once: __typename }');
      const results = stringify.mock.calls.filter(([value]) => hasData(value));
      expect(results).toHaveLength(1);
    } finally {
      stringify.mockRestore();
    }
  });

  it('still masks errors', async () => {
    const app = createApp({ gateway, logger });
    const { text } = await post(app, '{ entity(id: "country:UA") { name } }');
    const body = JSON.parse(text);
    expect(body.errors[0].message).not.toContain('internal detail');
    expect(text).not.toContain('internal detail');
  });

  it('refuses an answer over the cap', async () => {
    const app = createApp({ gateway, logger, limits: { maxResponseBytes: 20 } });
    const body = JSON.parse((await post(app, '{ a: __typename b: __typename }')).text);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('RESPONSE_TOO_LARGE');
  });
});

const hasData = (value: unknown) => typeof value === 'object' && value !== null && 'data' in value;

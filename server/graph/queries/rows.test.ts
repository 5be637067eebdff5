import { describe, expect, it } from 'vitest';
import { toEdgeRow, toEntityRow } from './rows.ts';

describe('rows read back from the store', () => {
  it('leave the support a fact keeps for the loader out of its properties', () => {
    const support = '{"counts":{"article":2},"firsts":{},"groupsOf":{}}';
    const edge = toEdgeRow({
      type: 'SIGNED',
      source: 'country:FR',
      target: 'agreement:x',
      props: { id: 'signed:x', date: '2024-02-16', venue: 'Paris', _support: support },
    });
    expect(edge.properties).toEqual({ venue: 'Paris' });
    const event = toEntityRow({
      labels: ['Entity', 'Attack'],
      props: { id: 'attack:x', name: 'Strike on Kyiv', killed: 3, _support: support },
    });
    expect(event.properties).toEqual({ killed: 3 });
  });
});

import { describe, expect, it } from 'vitest';
import { sourcesSubquery, toEdgeRow, toEntityRow, toSource } from './rows.ts';

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

describe('sources read along with a fact', () => {
  it('take only the article keys the model knows, whatever a caller passes', () => {
    const cypher = sourcesSubquery('r.id', 21, undefined, {
      offsets: false,
      articleKeys: ['title', 'publishedAt', 'text', 'x} DETACH DELETE c //'],
    });
    expect(cypher).toContain('c {.articleId, .quote, article: a {.title, .publishedAt}}');
    expect(cypher).not.toMatch(/DELETE|\.text/);
  });

  it('keep the article read along, its id taken from the claim', () => {
    const source = toSource({ articleId: 'a1', quote: 'q', article: { title: 'T' } });
    expect(source.article).toEqual({
      id: 'a1',
      title: 'T',
      url: null,
      publisher: null,
      publishedAt: null,
      language: null,
      text: undefined,
    });
    expect(toSource({ articleId: 'a1', quote: 'q', start: 3, end: 9 }).article).toBeUndefined();
  });
});

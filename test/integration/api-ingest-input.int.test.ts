import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../schema/exchange.ts';
import type { IngestDeps } from '../../server/api/schema/builder.ts';
import { openTestGraph } from '../support/test-graph.ts';
import { createTestApp } from './api-test-app.ts';

// Stands in for extraction + loader: what the mutation lets through to ingestion is what is tested here.
const received: ArticleInput[] = [];
const ingest: IngestDeps = {
  ingestArticle: async (article) => {
    received.push(article);
    return { entities: 0, relations: 0 };
  },
  removeArticle: async () => true,
};
const MUTATION =
  'mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { articleId ok error { code message } } }';
const TEXT = 'Kyiv said Moscow lied about the strikes.';

const graph = openTestGraph();
const { gql } = createTestApp(graph, { apiKey: 'k3y', ingest });
const send = (articles: Record<string, unknown>[]) =>
  gql(MUTATION, { a: articles }, { authorization: 'Bearer k3y' });

afterAll(async () => {
  await graph.driver.close();
});

describe('the ingest mutation refuses bad input', () => {
  it('refuses impossible calendar dates, naming the article and the field, and ingests nothing of them', async () => {
    received.length = 0;
    const result = await send([
      { id: 'feb', text: TEXT, publishedAt: '2024-02-30' },
      { id: 'month', text: TEXT, publishedAt: '2024-13-45' },
      { id: 'leap', text: TEXT, publishedAt: '2024-02-29' },
    ]);
    expect(result.errors).toBeUndefined();
    const [feb, month, leap] = result.data.ingestArticles;
    for (const [row, id, date] of [
      [feb, 'feb', '2024-02-30'],
      [month, 'month', '2024-13-45'],
    ]) {
      expect(row).toMatchObject({ articleId: id, ok: false, error: { code: 'BAD_USER_INPUT' } });
      expect(row.error.message).toContain(`article "${id}": publishedAt: "${date}" is not a calendar date`);
    }
    expect(leap).toMatchObject({ articleId: 'leap', ok: true });
    expect(received.map((a) => [a.id, a.publishedAt])).toEqual([['leap', '2024-02-29']]);
  });

  it('refuses a text of whitespace only, unless inline HTML gives the text', async () => {
    received.length = 0;
    const html = `<html><body><article><p>${TEXT} ${TEXT}</p></article></body></html>`;
    const result = await send([
      { id: 'blank', text: ' \n\t ' },
      { id: 'empty', text: '' },
      { id: 'page', text: ' ', html },
    ]);
    const [blank, empty, page] = result.data.ingestArticles;
    for (const [row, id] of [
      [blank, 'blank'],
      [empty, 'empty'],
    ]) {
      expect(row).toMatchObject({ articleId: id, ok: false, error: { code: 'BAD_USER_INPUT' } });
      expect(row.error.message).toMatch(/text: empty or whitespace only/);
    }
    expect(page).toMatchObject({ articleId: 'page', ok: true });
    expect(received.map((a) => a.id)).toEqual(['page']);
  });
});

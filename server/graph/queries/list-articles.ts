import type { CypherQuery } from './cypher-query.ts';
import { dateRangeCondition } from './date-range.ts';
import type { Page } from './list-entities.ts';
import { PAGE_CONDITIONS } from './list-entities.ts';
import { type ArticleRow, toArticleRow } from './rows.ts';
import type { GraphReader } from './run-read.ts';

export interface ArticleFilters {
  from?: string | null;
  to?: string | null;
  publisher?: string | null;
}

export function listArticlesQuery(filters: ArticleFilters, page: Page): CypherQuery {
  const cypher = `
MATCH (n:Article)
WHERE ${PAGE_CONDITIONS}
  AND ($publisher IS NULL OR n.publisher = $publisher)
  AND ${dateRangeCondition('n.publishedAt')}
RETURN properties(n) AS props
ORDER BY n.id ${page.inverted ? 'DESC' : 'ASC'}
LIMIT $limit`;
  const params = {
    publisher: filters.publisher ?? null,
    from: filters.from ?? null,
    to: filters.to ?? null,
    after: page.after ?? null,
    before: page.before ?? null,
    limit: page.limit,
  };
  return { cypher, params };
}

export async function listArticles(
  reader: GraphReader,
  filters: ArticleFilters,
  page: Page,
): Promise<ArticleRow[]> {
  const rows = await reader.read<{ props: Record<string, unknown> }>(listArticlesQuery(filters, page));
  return rows.map((row) => toArticleRow(row.props));
}

import type { CypherQuery } from './cypher-query.ts';
import { dateRangeCondition } from './date-range.ts';
import type { Page } from './list-entities.ts';
import { pageConditions } from './list-entities.ts';
import { type ArticleRow, articleProjection, toArticleRow } from './rows.ts';
import type { GraphReader } from './run-read.ts';

export interface ArticleFilters {
  from?: string | null;
  to?: string | null;
  publisher?: string | null;
}

export function listArticlesQuery(filters: ArticleFilters, page: Page): CypherQuery {
  const cypher = `
MATCH (n:Article)
WHERE ${pageConditions(page)}
  AND ${filters.publisher != null ? 'n.publisher = $publisher' : 'true'}
  AND ${dateRangeCondition('n.publishedAt', filters)}
RETURN ${articleProjection('n')} AS props
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

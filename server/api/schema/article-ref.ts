import type { ArticleRow } from '../../graph/queries/rows.ts';
import { builder } from './builder.ts';

/** Declared apart from its implementation (article.ts) so entity and article types can refer to each other. */
export const ArticleRef = builder.objectRef<ArticleRow>('Article');

export { type LoadOptions, type LoadSummary, loadDocument } from './load-document.ts';
export { removeArticles } from './remove-articles.ts';
export type { RemovalCounts } from './remove-evidence.ts';
export { type ArticleSlice, splitByArticle } from './split-by-article.ts';

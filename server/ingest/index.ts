export { formatScore } from './eval/format-score.ts';
export { type GoldKey, parseGoldKey } from './eval/gold-key.ts';
export { type Score, scoreGraph } from './eval/score-graph.ts';
export { extractPaths, type PathsExtraction, type Problem } from './extract-paths.ts';
export { createExtractor, type Extractor, type ExtractorOptions } from './extractor.ts';
export { mergeDocuments } from './graph/merge-documents.ts';
export { type ReadResult, readArticles } from './read/read-articles.ts';

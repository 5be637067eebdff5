import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { ArticleInput } from '../../../schema/exchange.ts';
import type { Curation } from '../../graph/gateway.ts';
import type { GraphReader } from '../../graph/queries/run-read.ts';
import type { Loaders } from './loaders.ts';

export interface Context {
  reader: GraphReader;
  loaders: Loaders;
  /** True when the request carried the configured API key. */
  authorized: boolean;
  ingest?: IngestDeps;
  /** Analysts' corrections (behind the API key like every mutation). */
  curate: CurationDeps;
}

export type CurationDeps = Curation;

/** What the mutations need, wired by the process (extraction + loader + remover). */
export interface IngestDeps {
  ingestArticle(article: ArticleInput): Promise<IngestOutcome>;
  removeArticle(articleId: string): Promise<boolean>;
}

export interface IngestOutcome {
  entities: number;
  relations: number;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: { JSON: { Input: unknown; Output: unknown } };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
  },
});

builder.scalarType('JSON', {
  description: 'Free-form JSON: flattened entity or relation properties.',
  serialize: (value) => value,
  parseValue: (value) => value,
});

builder.queryType({});
builder.mutationType({});

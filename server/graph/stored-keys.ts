// Property names the storage contract gives a meaning of their own on nodes and relationships; a
// flattened exchange property may not use them, and reading a node back leaves them out of `properties`.

/** The parallel lists that hold a relationship's sources (index i = one source). */
export const SOURCE_LIST_KEYS = ['sourceArticleIds', 'sourceQuotes', 'sourceStarts', 'sourceEnds'] as const;

export const ENTITY_RESERVED_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'aliases', 'searchText']);

export const RELATION_RESERVED_KEYS: ReadonlySet<string> = new Set([
  'id',
  'date',
  'datePrecision',
  'confidence',
  'sourceCount',
  ...SOURCE_LIST_KEYS,
]);

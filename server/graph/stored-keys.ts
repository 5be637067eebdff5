// Property names the storage contract gives a meaning of their own on nodes and relationships; a
// flattened exchange property may not use them, and reading a node back leaves them out of `properties`.

import { FACT_EXTRA_KEYS } from '../../schema/derive-facts.ts';

/**
 * A fact's support, the summary of its claims that the loader derives it from (load/fact-support.ts):
 * the store's own bookkeeping, never read as one of the fact's properties.
 */
export const SUPPORT_KEY = '_support';

/** Kept in the store for reads (filters, counts) and derived again on load: not part of the exchange. */
export const STORE_ONLY_KEYS: ReadonlySet<string> = new Set([
  'sourceCount',
  'hidden',
  'validUntil',
  SUPPORT_KEY,
]);

export const ENTITY_RESERVED_KEYS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'aliases',
  'searchText',
  SUPPORT_KEY,
]);

export const RELATION_RESERVED_KEYS: ReadonlySet<string> = new Set([
  'id',
  'date',
  'datePrecision',
  'confidence',
  'sourceCount',
  'hidden',
  'validUntil',
  ...FACT_EXTRA_KEYS,
]);

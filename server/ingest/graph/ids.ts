import type { RelationType } from '../../../schema/graph-model.ts';

/** Deterministic from what the relation states, so the same fact from two articles merges. */
export function relationId(type: RelationType, from: string, to: string, discriminator?: string): string {
  const base = `${type.toLowerCase()}:${from}>${to}`;
  return discriminator ? `${base}#${discriminator}` : base;
}

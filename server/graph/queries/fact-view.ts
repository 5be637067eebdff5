// Which facts a read sees. By default what sources assert or claim and no analyst rejected (the store
// marks the rest `hidden`); a read may ask for other modalities, for rejected facts, for the graph as
// its sources had published it by a day (`knownAt`), or for what held on a day (`validAt`).
import { DEFAULT_MODALITIES, type Modality } from '../../../schema/graph-model.ts';

export interface FactView {
  /** Null: the default view (asserted and claimed, not rejected). */
  readonly modalities?: readonly Modality[] | null;
  readonly includeRejected?: boolean | null;
  /** ISO date: only facts a claim published by then states. */
  readonly knownAt?: string | null;
  /** ISO date: only facts that had begun by then and not ended. */
  readonly validAt?: string | null;
}

/**
 * Cypher condition on the relationship `v` (a code constant). Only the parts asked for appear in the
 * text, as in dateRangeCondition: the default costs one property read. Parameters: $modalities,
 * $knownAt, $validAt (factViewParams).
 */
export function factViewCondition(v: string, view: FactView = {}): string {
  const parts: string[] = [];
  if (view.modalities?.length) {
    parts.push(`coalesce(${v}.modality, 'asserted') IN $modalities`);
    if (!view.includeRejected) parts.push(`coalesce(${v}.review, '') <> 'rejected'`);
  } else if (view.includeRejected) {
    parts.push(`coalesce(${v}.modality, 'asserted') IN $modalities`);
  } else {
    parts.push(`${v}.hidden IS NULL`);
  }
  if (view.knownAt) {
    parts.push(`EXISTS { MATCH (c:Claim {about: ${v}.id}) WHERE c.knownAt <= $knownAt }`);
  }
  if (view.validAt) {
    // A role holds from `since` to `until` (the gazetteer's), anything else from its date on.
    const from = `coalesce(${v}.since, ${v}.date)`;
    const until = `coalesce(${v}.until, ${v}.validUntil)`;
    parts.push(
      `(${from} IS NULL OR left(${from}, size($validAt)) <= $validAt) AND (${until} IS NULL OR ${until} >= left($validAt, size(${until})))`,
    );
  }
  return `(${parts.join(' AND ')})`;
}

export function factViewParams(view: FactView = {}): Record<string, unknown> {
  return {
    modalities: view.modalities?.length ? view.modalities : DEFAULT_MODALITIES,
    knownAt: view.knownAt ?? null,
    validAt: view.validAt ?? null,
  };
}

/** True when the view is the default one: no re-derivation needed after the read. */
export const isDefaultView = (view: FactView = {}): boolean =>
  !view.modalities?.length && !view.includeRejected && !view.knownAt && !view.validAt;

// One article's extraction → its claims: each sentence stating a relation is one claim with that
// article's date and values; each event gets one claim with the values the article gives it (counts,
// status, name), quoted from the first sentence that relates it.
import type { ClaimRecord, EntityRecord, GraphDocument, RelationRecord } from '../../../schema/exchange.ts';
import { EVENT_TYPES, type Modality } from '../../../schema/graph-model.ts';

export interface ClaimOrigin {
  /** The extractor and its version: `newsgraph-extract/<version>+<gazetteer hash>`. */
  readonly extractor: string;
  /** Relation id → the extraction stage that first stated it. */
  readonly rules: ReadonlyMap<string, string>;
}

export function articleClaims(doc: GraphDocument, origin: ClaimOrigin): ClaimRecord[] {
  const agency = doc.articles[0]?.dispatch;
  const dispatch = agency ? { dispatch: agency } : {};
  const events = new Map(
    doc.entities.filter((e) => (EVENT_TYPES as readonly string[]).includes(e.type)).map((e) => [e.id, e]),
  );
  const claims = doc.relations.flatMap((relation) => {
    const event = events.get(relation.from) ?? events.get(relation.to);
    return relation.sources.map(
      (source): ClaimRecord => ({
        about: relation.id,
        ...source,
        date: relation.date,
        datePrecision: relation.datePrecision,
        values: relation.properties,
        modality: modalityOf(relation.properties.attribution),
        saidBy: event ? reporterOf(event) : null,
        confidence: relation.confidence,
        extractor: origin.extractor,
        rule: origin.rules.get(relation.id) ?? null,
        ...dispatch,
      }),
    );
  });
  for (const event of events.values()) {
    const claim = eventClaim(event, doc.relations, origin);
    if (claim) claims.push({ ...claim, ...dispatch });
  }
  return claims;
}

function eventClaim(
  event: EntityRecord,
  relations: RelationRecord[],
  origin: ClaimOrigin,
): ClaimRecord | null {
  const touching = relations.filter((r) => r.from === event.id || r.to === event.id);
  const first = touching
    .flatMap((r) => r.sources.map((source) => ({ relation: r, source })))
    .sort((a, b) => a.source.start - b.source.start)[0];
  if (!first) return null;
  const { date, ...values } = event.properties;
  return {
    about: event.id,
    ...first.source,
    date: typeof date === 'string' ? date : null,
    datePrecision: typeof date === 'string' ? first.relation.datePrecision : 'none',
    values: { ...values, name: event.name },
    modality: modalityOf(event.properties.attribution),
    saidBy: reporterOf(event),
    confidence: Math.max(...touching.map((r) => r.confidence)),
    extractor: origin.extractor,
    rule: origin.rules.get(first.relation.id) ?? null,
  };
}

/** A party claiming its own attack is a claim; everything else the article asserts. */
function modalityOf(attribution: unknown): Modality {
  return attribution === 'claimed' ? 'claimed' : 'asserted';
}

function reporterOf(event: EntityRecord): string | null {
  const reportedBy = event.properties.reportedBy;
  return typeof reportedBy === 'string' ? reportedBy : null;
}

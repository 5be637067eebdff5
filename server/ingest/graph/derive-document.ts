// A document's facts recomputed from its claims and corrections (schema/derive-facts.ts): relations get
// their date, values and sources, events their properties and name, whatever order the claims came in.
import { deriveFact, factExtras, sourcesOf } from '../../../schema/derive-facts.ts';
import type {
  ClaimRecord,
  CorrectionRecord,
  EntityRecord,
  GraphDocument,
  RelationRecord,
} from '../../../schema/exchange.ts';

export function deriveDocument(doc: GraphDocument): GraphDocument {
  const claims = groupBy(doc.claims, (c) => c.about);
  const corrections = groupBy(
    doc.corrections.filter((c) => c.undoneAt === null),
    (c) => c.about,
  );
  return {
    ...doc,
    entities: doc.entities.map((entity) =>
      deriveEntity(entity, claims.get(entity.id), corrections.get(entity.id)),
    ),
    relations: doc.relations.map((relation) =>
      deriveRelation(relation, claims.get(relation.id), corrections.get(relation.id)),
    ),
  };
}

function deriveRelation(
  relation: RelationRecord,
  claims: ClaimRecord[] | undefined,
  corrections: CorrectionRecord[] = [],
): RelationRecord {
  if (!claims) return relation;
  const fact = deriveFact(claims, corrections);
  return {
    ...relation,
    date: fact.date,
    datePrecision: fact.datePrecision,
    confidence: fact.confidence,
    properties: { ...fact.properties, ...factExtras(fact) },
    sources: sourcesOf(claims),
  };
}

/** Only events have claims of their own; other entities keep what the gazetteer and the text gave. */
function deriveEntity(
  entity: EntityRecord,
  claims: ClaimRecord[] | undefined,
  corrections: CorrectionRecord[] = [],
): EntityRecord {
  if (!claims) return entity;
  const fact = deriveFact(claims, corrections);
  const { name, ...properties } = fact.properties;
  return {
    ...entity,
    name: typeof name === 'string' ? name : entity.name,
    properties: { date: fact.date, ...properties, ...factExtras(fact) },
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

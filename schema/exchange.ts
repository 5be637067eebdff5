// The newsgraph/2 exchange document: written by `extract` and `export`, read by `import` and `eval`.
// Facts (`relations`, event properties) derive from `claims`, what each source says, and `corrections`,
// what analysts said; newsgraph/1 documents (facts with sources, no claims) still import.
import { z } from 'zod';
import { isCalendarDate } from './calendar-date.ts';
import { AppError } from './errors.ts';
import {
  DATE_PRECISIONS,
  ENTITY_TYPES,
  type EntityType,
  entityTypeOfId,
  MODALITIES,
  RELATION_ENDPOINTS,
  RELATION_TYPES,
} from './graph-model.ts';

export const FORMAT = 'newsgraph/2' as const;
export const FORMAT_V1 = 'newsgraph/1' as const;

/** ISO 8601 prefix: 2024, 2024-06 or 2024-06-13, naming a period the calendar has (not 2024-02-30). */
export const isoDatePrefix = z
  .string()
  // abort: a malformed value gets the pattern's message only, not the calendar's as well.
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'expected YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, {
    error: (issue) => `"${String(issue.input)}" is not a calendar date (month 01–12, a day the month has)`,
  });

const propertyValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number()])),
]);
export const propertiesSchema = z.record(z.string(), propertyValue);
export type Properties = z.infer<typeof propertiesSchema>;

export const articleSchema = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  url: z.string().nullable(),
  publisher: z.string().nullable(),
  publishedAt: isoDatePrefix.nullable(),
  language: z.string().nullable(),
  /** The stored text that source and mention offsets point into; export omits nothing, extract includes it. */
  text: z.string().optional(),
  /** What extracted it (its claims' extractor): with the article's own fields, its fingerprint. */
  extractor: z.string().nullable().optional(),
  /** The agency whose dispatch it reprints, when it says so ("(AFP)", "avec AFP"). */
  dispatch: z.string().nullable().optional(),
});
export type ArticleRecord = z.infer<typeof articleSchema>;

export const entitySchema = z.object({
  id: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  properties: propertiesSchema,
});
export type EntityRecord = z.infer<typeof entitySchema>;

export const sourceSchema = z.object({
  articleId: z.string().min(1),
  quote: z.string(),
  /** UTF-16 offsets into the article text: text.slice(start, end) === quote. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type SourceRecord = z.infer<typeof sourceSchema>;

export const relationSchema = z.object({
  id: z.string().min(1),
  type: z.enum(RELATION_TYPES),
  from: z.string().min(1),
  to: z.string().min(1),
  date: isoDatePrefix.nullable(),
  datePrecision: z.enum(DATE_PRECISIONS),
  confidence: z.number().min(0).max(1),
  properties: propertiesSchema,
  sources: z.array(sourceSchema).min(1),
});
export type RelationRecord = z.infer<typeof relationSchema>;

export const mentionSchema = z.object({
  articleId: z.string().min(1),
  entityId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type MentionRecord = z.infer<typeof mentionSchema>;

/**
 * One source's statement of a fact: a relation's (about = relation id) or an event's (about = entity
 * id), with the date and values that source gives, how it says it, who says it and what produced it.
 */
export const claimSchema = z.object({
  about: z.string().min(1),
  articleId: z.string().min(1),
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  date: isoDatePrefix.nullable(),
  datePrecision: z.enum(DATE_PRECISIONS),
  /** A relation's properties or an event's (counts, status, name…) as this source gives them. */
  values: propertiesSchema,
  modality: z.enum(MODALITIES),
  /** Who the article says states it ("the Russian Defence Ministry"); null: the article itself. */
  saidBy: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  /** The extractor and its version (`newsgraph-extract/2.0.0+gazetteer…`), or `import`. */
  extractor: z.string().min(1),
  /** The extraction stage that produced it. */
  rule: z.string().nullable(),
  /** The agency dispatch its article reprints: the same quote from one dispatch is one source copied. */
  dispatch: z.string().nullable().optional(),
});
export type ClaimRecord = z.infer<typeof claimSchema>;

export const CORRECTION_ACTIONS = ['confirm', 'reject', 'set', 'merge'] as const;
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number];

/** An analyst's statement about a fact: a claim ranked above every extracted one, undone, never deleted. */
export const correctionSchema = z.object({
  id: z.string().min(1),
  /** The relation or event id it is about; for `merge`, the entity merged away. */
  about: z.string().min(1),
  action: z.enum(CORRECTION_ACTIONS),
  /**
   * For `set`: the values it corrects (`date` and `datePrecision` included); for `merge`: `into` (the
   * kept entity) and `snapshot` (JSON of what the merge moved, so that undoing it splits them again).
   */
  values: propertiesSchema,
  note: z.string(),
  analyst: z.string().min(1),
  createdAt: z.string().min(1),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
});
export type CorrectionRecord = z.infer<typeof correctionSchema>;

export const graphDocumentSchema = z.object({
  format: z.literal(FORMAT),
  articles: z.array(articleSchema),
  entities: z.array(entitySchema),
  relations: z.array(relationSchema),
  mentions: z.array(mentionSchema),
  claims: z.array(claimSchema),
  corrections: z.array(correctionSchema),
});
export type GraphDocument = z.infer<typeof graphDocumentSchema>;

/**
 * Parses and checks a newsgraph/1 document: shape, then references (relation endpoints exist and have
 * allowed types, sources and mentions point at known articles). Throws AppError naming the first
 * offending path and what it received.
 */
export function validateGraphDocument(input: unknown, origin = 'document'): GraphDocument {
  const parsed = graphDocumentSchema.safeParse(upgradeV1(input));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError(
      'INVALID_DOCUMENT',
      `${origin}: ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
  }
  const doc = parsed.data;
  const types = new Map<string, EntityType>(doc.entities.map((e) => [e.id, e.type]));
  const articles = new Set(doc.articles.map((a) => a.id));
  doc.entities.forEach((entity, i) => {
    const prefixType = entityTypeOfId(entity.id);
    if (prefixType !== entity.type) {
      fail(origin, `entities.${i}.id`, `id "${entity.id}" does not carry the prefix of type ${entity.type}`);
    }
  });
  doc.relations.forEach((rel, i) => {
    const allowed = RELATION_ENDPOINTS[rel.type];
    const fromType = types.get(rel.from);
    const toType = types.get(rel.to);
    if (!fromType) fail(origin, `relations.${i}.from`, `unknown entity "${rel.from}"`);
    if (!toType) fail(origin, `relations.${i}.to`, `unknown entity "${rel.to}"`);
    if (!allowed.from.includes(fromType!) || !allowed.to.includes(toType!)) {
      fail(origin, `relations.${i}`, `${rel.type} does not allow ${fromType} → ${toType}`);
    }
    rel.sources.forEach((source, j) => {
      if (!articles.has(source.articleId)) {
        fail(origin, `relations.${i}.sources.${j}.articleId`, `unknown article "${source.articleId}"`);
      }
      if (source.end < source.start) fail(origin, `relations.${i}.sources.${j}`, 'end is before start');
    });
  });
  const relations = new Set(doc.relations.map((r) => r.id));
  const known = (id: string) => types.has(id) || relations.has(id);
  doc.claims.forEach((claim, i) => {
    if (!known(claim.about)) fail(origin, `claims.${i}.about`, `unknown relation or entity "${claim.about}"`);
    if (!articles.has(claim.articleId)) {
      fail(origin, `claims.${i}.articleId`, `unknown article "${claim.articleId}"`);
    }
    if (claim.end < claim.start) fail(origin, `claims.${i}`, 'end is before start');
  });
  doc.corrections.forEach((correction, i) => {
    if (!known(correction.about) && correction.action !== 'merge') {
      fail(origin, `corrections.${i}.about`, `unknown relation or entity "${correction.about}"`);
    }
  });
  doc.mentions.forEach((mention, i) => {
    if (!articles.has(mention.articleId)) {
      fail(origin, `mentions.${i}.articleId`, `unknown article "${mention.articleId}"`);
    }
    if (!types.has(mention.entityId))
      fail(origin, `mentions.${i}.entityId`, `unknown entity "${mention.entityId}"`);
  });
  return doc;
}

/**
 * A newsgraph/1 document as newsgraph/2: each source of a relation becomes a claim with the relation's
 * date and properties (all v1 knew), stated by the article itself.
 */
function upgradeV1(input: unknown): unknown {
  if (!isRecord(input) || input.format !== FORMAT_V1 || !Array.isArray(input.relations)) return input;
  const relations = input.relations.filter(isRecord);
  const claims = relations.flatMap((relation) =>
    list(relation.sources).map((source) => ({
      ...source,
      about: relation.id,
      date: relation.date,
      datePrecision: relation.datePrecision,
      values: relation.properties,
      modality:
        isRecord(relation.properties) && relation.properties.attribution === 'claimed'
          ? 'claimed'
          : 'asserted',
      saidBy: null,
      confidence: relation.confidence,
      extractor: FORMAT_V1,
      rule: null,
    })),
  );
  // An event's values were one record: each article relating it states them once.
  for (const entity of list(input.entities)) {
    if (entity.type !== 'Attack' && entity.type !== 'Agreement') continue;
    const { date = null, ...values } = isRecord(entity.properties) ? entity.properties : {};
    const firstOf = new Map<unknown, Record<string, unknown>>();
    for (const relation of relations) {
      if (relation.from !== entity.id && relation.to !== entity.id) continue;
      for (const source of list(relation.sources)) {
        if (!firstOf.has(source.articleId))
          firstOf.set(source.articleId, { ...source, datePrecision: relation.datePrecision });
      }
    }
    for (const source of firstOf.values()) {
      claims.push({
        ...source,
        about: entity.id,
        date,
        datePrecision: date === null ? 'none' : source.datePrecision,
        values: { ...values, name: entity.name },
        modality: values.attribution === 'claimed' ? 'claimed' : 'asserted',
        saidBy: null,
        confidence: 0.7,
        extractor: FORMAT_V1,
        rule: null,
      });
    }
  }
  return { ...input, format: FORMAT, claims, corrections: [] };
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(origin: string, path: string, message: string): never {
  throw new AppError('INVALID_DOCUMENT', `${origin}: ${path}: ${message}`);
}

/** An article as it enters extraction: from a file, a JSON line or the `ingestArticles` mutation. */
export const articleInputSchema = articleSchema.extend({
  text: z.string(),
  /** Raw HTML, when the text still has to be taken out of a page. */
  html: z.string().optional(),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

// The newsgraph/1 exchange document: written by `extract` and `export`, read by `import` and `eval`.
import { z } from 'zod';
import { isCalendarDate } from './calendar-date.ts';
import { AppError } from './errors.ts';
import {
  DATE_PRECISIONS,
  ENTITY_TYPES,
  type EntityType,
  entityTypeOfId,
  RELATION_ENDPOINTS,
  RELATION_TYPES,
} from './graph-model.ts';

export const FORMAT = 'newsgraph/1' as const;

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

export const graphDocumentSchema = z.object({
  format: z.literal(FORMAT),
  articles: z.array(articleSchema),
  entities: z.array(entitySchema),
  relations: z.array(relationSchema),
  mentions: z.array(mentionSchema),
});
export type GraphDocument = z.infer<typeof graphDocumentSchema>;

/**
 * Parses and checks a newsgraph/1 document: shape, then references (relation endpoints exist and have
 * allowed types, sources and mentions point at known articles). Throws AppError naming the first
 * offending path and what it received.
 */
export function validateGraphDocument(input: unknown, origin = 'document'): GraphDocument {
  const parsed = graphDocumentSchema.safeParse(input);
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
  doc.mentions.forEach((mention, i) => {
    if (!articles.has(mention.articleId)) {
      fail(origin, `mentions.${i}.articleId`, `unknown article "${mention.articleId}"`);
    }
    if (!types.has(mention.entityId))
      fail(origin, `mentions.${i}.entityId`, `unknown entity "${mention.entityId}"`);
  });
  return doc;
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

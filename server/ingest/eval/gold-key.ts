import { z } from 'zod';
import { AppError } from '../../../schema/errors.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../schema/graph-model.ts';

const goldEntity = z.object({
  key: z.string(),
  type: z.enum(ENTITY_TYPES),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  optional: z.boolean().optional(),
  parties: z.array(z.string()).optional(),
  attacker: z.string().optional(),
  targets: z.array(z.string()).optional(),
  date: z.array(z.string()).optional(),
  articles: z.array(z.string()).optional(),
});

export const goldKeySchema = z.object({
  format: z.literal('newsgraph-gold/1'),
  articles: z.array(z.object({ id: z.string(), publishedAt: z.string().nullable().optional() })),
  entities: z.array(goldEntity),
  relations: z.array(
    z.object({
      type: z.enum(RELATION_TYPES),
      from: z.string(),
      to: z.string(),
      date: z.array(z.string()).optional(),
      optional: z.boolean().optional(),
    }),
  ),
  mentions: z.record(
    z.string(),
    z.object({ core: z.array(z.string()), optional: z.array(z.string()).default([]) }),
  ),
});
export type GoldKey = z.infer<typeof goldKeySchema>;
export type GoldEntity = GoldKey['entities'][number];

/** Parses an answer key (newsgraph-gold/1), naming the first bad path. */
export function parseGoldKey(input: unknown, origin: string): GoldKey {
  const parsed = goldKeySchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new AppError('INVALID_DOCUMENT', `${origin}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

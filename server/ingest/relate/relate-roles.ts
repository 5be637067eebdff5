import type { Properties } from '../../../schema/exchange.ts';
import { activeRole } from './active-role.ts';
import { ensureEntity } from './add-entities.ts';
import type { ArticleContext } from './article-context.ts';
import { addRelation, publishedDate } from './article-context.ts';

/** OFFICIAL_OF for every official the article names: from the title it gives, else from the gazetteer. */
export function relateRoles(ctx: ArticleContext): void {
  const seen = new Set<string>();
  for (const mention of ctx.mentions) {
    if (mention.type !== 'Official' || seen.has(mention.entityId)) continue;
    seen.add(mention.entityId);
    const discovered = ctx.discovered.get(mention.entityId);
    const known = ctx.knowledge.entities.get(mention.entityId);
    const role = discovered
      ? { role: discovered.title.role, of: discovered.title.of, sentence: discovered.span.sentence }
      : known && { ...activeRole(known, ctx.published), sentence: mention.sentence };
    if (!role?.of || !role.role || !ensureEntity(ctx, role.of)) continue;
    // The gazetteer knows when a role began and ended: the fact holds from then until then (validAt).
    const held: Properties = 'from' in role ? { since: role.from ?? null, until: role.to ?? null } : {};
    addRelation(ctx, {
      type: 'OFFICIAL_OF',
      from: mention.entityId,
      to: role.of,
      sentence: role.sentence,
      date: publishedDate(ctx),
      confidence: discovered ? 0.8 : 0.9,
      properties: { role: role.role, ...held },
    });
  }
}

import type { ArticleContext } from './article-context.ts';
import { addRelation } from './article-context.ts';

/** LOCATED_IN and MEMBER_OF from the gazetteer, between entities the article itself mentions. */
export function relateGazetteer(ctx: ArticleContext): void {
  const first = new Map<string, number>();
  for (const m of ctx.mentions) if (!first.has(m.entityId)) first.set(m.entityId, m.sentence);
  const undated = { date: null, precision: 'none' } as const;
  for (const [id, sentence] of first) {
    const known = ctx.knowledge.entities.get(id);
    if (!known) continue;
    if (known.type === 'Place' && known.country && first.has(`country:${known.country}`)) {
      addRelation(ctx, {
        type: 'LOCATED_IN',
        from: id,
        to: `country:${known.country}`,
        sentence,
        date: undated,
        confidence: 1,
      });
    }
    for (const member of known.members) {
      const memberId = member.includes(':') ? member : `country:${member}`;
      const memberSentence = first.get(memberId);
      if (memberSentence === undefined) continue;
      addRelation(ctx, { type: 'MEMBER_OF', from: memberId, to: id, sentence, date: undated, confidence: 1 });
    }
  }
}

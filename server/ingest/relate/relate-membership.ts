import type { ArticleContext } from './article-context.ts';
import { addRelation, dateAt, datesIn, mentionsIn } from './article-context.ts';

/** Words that state a membership: "membre de l'OTAN depuis 2004", "joined NATO in 2023". */
const MEMBERSHIP =
  /^(membre|membres|member|members|membership|adhere|adheree|adhesion|rejoint|rejoindre|joined|accession|accede)$/;

/**
 * MEMBER_OF with the date the text gives ("la Lituanie, membre de l'OTAN et de l'UE depuis 2004"). Only
 * memberships the gazetteer knows are dated this way, so "wants to become a member" adds nothing.
 */
export function relateMembership(ctx: ArticleContext): void {
  for (const sentence of ctx.sentences) {
    if (sentence.boilerplate) continue;
    const cue = sentence.tokens.findIndex((t) => MEMBERSHIP.test(t.fold));
    // Dates cost a parse: only sentences that state a membership need them.
    if (cue < 0 || datesIn(ctx, sentence.index).length === 0) continue;
    const mentions = mentionsIn(ctx, sentence.index);
    const member = [...mentions]
      .reverse()
      .find((m) => m.type === 'Country' && m.last <= cue && cue - m.last <= 10);
    if (!member) continue;
    const date = dateAt(ctx, sentence.index, sentence.tokens[cue]!.start);
    for (const org of mentions) {
      if (org.type !== 'Organization' || org.first < cue - 3 || org.first > cue + 10) continue;
      const known = ctx.knowledge.entities.get(org.entityId);
      if (!known?.members.includes(member.entityId.slice('country:'.length))) continue;
      addRelation(ctx, {
        type: 'MEMBER_OF',
        from: member.entityId,
        to: org.entityId,
        sentence: sentence.index,
        date,
        confidence: 0.8,
      });
    }
  }
}

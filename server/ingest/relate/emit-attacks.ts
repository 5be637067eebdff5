import type { Properties } from '../../../schema/exchange.ts';
import { slug } from '../text/fold.ts';
import { ensureEntity } from './add-entities.ts';
import type { ArticleContext, FactDate } from './article-context.ts';
import { addRelation, publishedDate } from './article-context.ts';
import type { AttackFrame } from './attack-frame.ts';

/**
 * Writes each frame as an Attack with LAUNCHED and TARGETED (with per-target counts). The id is what
 * identifies an attack across articles: attacker, day and weapon.
 */
export function emitAttacks(ctx: ArticleContext, frames: readonly AttackFrame[]): void {
  for (const frame of frames) {
    if (frame.attacker && !ensureEntity(ctx, frame.attacker.id)) frame.attacker = null;
    const date = frame.date ?? publishedDate(ctx);
    const attacker = frame.attacker?.id ?? null;
    const id = `attack:${attacker ? slug(attacker.slice(attacker.indexOf(':') + 1)) : 'unknown'}-${date.date ?? 'undated'}-${frame.weapon}`;
    ctx.builder.addEntity({
      id,
      type: 'Attack',
      name: attackName(ctx, frame, date),
      aliases: [],
      properties: {
        weapon: frame.weapon,
        date: date.date,
        launched: frame.launched,
        intercepted: frame.intercepted,
        casualties: frame.casualties,
        reportedBy: frame.reportedBy ? (ctx.builder.nameOf(frame.reportedBy) ?? null) : null,
        attribution: frame.attacker?.attribution ?? null,
      },
    });
    for (const t of frame.triggers) ctx.builder.addMention({ articleId: ctx.articleId, entityId: id, ...t });
    emitRelations(ctx, frame, id, date);
  }
}

/** "Russia drone attack on Kharkiv, Odesa (2024-06-13)". */
function attackName(ctx: ArticleContext, frame: AttackFrame, date: FactDate): string {
  const targetNames = frame.targets.map((t) => ctx.builder.nameOf(t.id) ?? t.id);
  const attacker = frame.attacker?.id;
  const by = attacker ? `${ctx.builder.nameOf(attacker) ?? attacker} ` : '';
  const more = targetNames.length > 3 ? '…' : '';
  const on = targetNames.length ? ` on ${targetNames.slice(0, 3).join(', ')}${more}` : '';
  return `${by}${frame.weapon} attack${on}${date.date ? ` (${date.date})` : ''}`;
}

function emitRelations(ctx: ArticleContext, frame: AttackFrame, id: string, date: FactDate): void {
  if (frame.attacker) {
    const { id: from, sentence, attribution } = frame.attacker;
    addRelation(ctx, {
      type: 'LAUNCHED',
      from,
      to: id,
      sentence,
      date,
      confidence: 0.7,
      properties: { attribution },
    });
  }
  for (const target of frame.targets) {
    // A capital read as its city ("sur Kiev") may not have been mentioned as a place yet.
    if (!ensureEntity(ctx, target.id)) continue;
    const properties: Properties = target.count === null ? {} : { count: target.count };
    addRelation(ctx, {
      type: 'TARGETED',
      from: id,
      to: target.id,
      sentence: target.sentence,
      date,
      confidence: 0.7,
      properties,
    });
  }
}

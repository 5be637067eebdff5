import type { Properties } from '../../../schema/exchange.ts';
import type { KnownEntity } from '../recognise/compile-gazetteer.ts';
import { activeRole } from './active-role.ts';
import type { ArticleContext } from './article-context.ts';

/**
 * One entity per mentioned id (gazetteer or discovered) and one mention record per occurrence. A country
 * named only by an adjective ("Ukrainian drones", "le ministre turc") is mentioned too.
 */
export function addEntities(ctx: ArticleContext): void {
  for (const cue of ctx.cues) {
    const id = `country:${cue.iso2}`;
    if (!cue.adjective || !ensureEntity(ctx, id, cue.text)) continue;
    ctx.builder.addMention({
      articleId: ctx.articleId,
      entityId: id,
      start: cue.start,
      end: cue.end,
      text: cue.text,
    });
  }
  for (const mention of ctx.mentions) {
    if (mention.unlisted) addUnlisted(ctx, mention.entityId, mention.unlisted, mention.text);
    else ensureEntity(ctx, mention.entityId, mention.text);
    ctx.builder.addMention({
      articleId: ctx.articleId,
      entityId: mention.entityId,
      start: mention.start,
      end: mention.end,
      text: mention.text,
    });
  }
}

/** Adds the entity if the gazetteer or the article knows it; returns whether it exists. */
export function ensureEntity(ctx: ArticleContext, id: string, surface?: string): boolean {
  const known = ctx.knowledge.entities.get(id);
  const discovered = ctx.discovered.get(id);
  if (!known && !discovered) return ctx.builder.typeOf(id) !== undefined;
  const name = known?.name ?? discovered!.name;
  ctx.builder.addEntity({
    id,
    type: known?.type ?? 'Official',
    name,
    aliases: surface && surface !== name ? [surface] : [],
    properties: known ? propertiesOf(known, ctx.published) : { role: discovered!.title.role },
  });
  return true;
}

/** A place found from the words around it: the name it first had in the article, the country it is in. */
function addUnlisted(
  ctx: ArticleContext,
  id: string,
  found: { readonly name: string; readonly country: string | null },
  surface: string,
): void {
  ctx.builder.addEntity({
    id,
    type: 'Place',
    name: found.name,
    aliases: surface !== found.name ? [surface] : [],
    properties: { kind: null, country: found.country },
  });
}

function propertiesOf(known: KnownEntity, published: string | null): Properties {
  switch (known.type) {
    case 'Country':
      return { iso2: known.id.slice('country:'.length) };
    case 'Place':
      return { kind: known.kind, country: known.country };
    case 'Organization':
      return { kind: known.kind, country: known.country };
    case 'Official':
      return { role: activeRole(known, published)?.role ?? null };
    default:
      return {};
  }
}

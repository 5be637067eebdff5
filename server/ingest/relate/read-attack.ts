import {
  ATTACK_DEFINITE,
  ATTACK_TRIGGERS,
  HIT_VERB,
  INTERCEPT_VERB,
  LAUNCH_VERB,
  TARGET_FILLERS,
  TARGET_NOUNS,
  TARGET_PREPOSITIONS,
  WEAPON_ONLY,
  WEAPON_ORDER,
} from '../lexicon/attacks.ts';
import type { SentenceTree, TreeWord } from '../parse/sentence-tree.ts';
import type { EntityMention, Span } from '../recognise/spans.ts';
import type { Sentence } from '../text/segment.ts';
import type { ArticleContext } from './article-context.ts';
import { cuesIn, dateAt, datesIn, mentionsIn } from './article-context.ts';
import { attackArguments } from './attack-arguments.ts';
import { countBefore, countNear, interceptor, lastNumber, shareOf } from './attack-counts.ts';
import type { AttackReading, AttackTarget } from './attack-frame.ts';
import { casualtiesIn, reporterOf } from './attack-report.ts';
import { isDefender, isTargeted } from './attack-roles.ts';
import { eventModality } from './event-modality.ts';
import { actorId, findTriggers, officialCountry, type TriggerHit } from './sentence-tools.ts';

const GENERIC_ATTACKS = new Set(['attack', 'strike', 'raid']);

/** Words that may join the items of a list of targets. */
const LIST_GLUE = new Set([...TARGET_FILLERS, 'et', 'and', 'ou', 'or', 'ainsi', 'que']);

/** What one sentence says about an attack, or null when it reports none. */
export function readAttack(ctx: ArticleContext, sentence: Sentence): AttackReading | null {
  const tree = ctx.trees.get(sentence.index);
  if (!tree) return null;
  const words = sentence.tokens.map((t) => t.fold);
  const mentions = mentionsIn(ctx, sentence.index);
  const inNames = (i: number) => mentions.some((m) => i >= m.first && i < m.last);
  const wordOf = (h: TriggerHit) =>
    tree.headOf(sentence.tokens[h.first]!.start, sentence.tokens[h.last - 1]!.end);
  // "no missile was fired", "en cas d'attaque", "if Russia attacks", "the repeated shelling": no dated event.
  const asserted = (h: TriggerHit) => {
    const word = wordOf(h);
    return word !== undefined && eventModality(tree, word, sentence.language) === 'asserted';
  };
  const hits = findTriggers(sentence, ATTACK_TRIGGERS).filter((h) => !inNames(h.first) && asserted(h));
  if (hits.length === 0) return null;
  const inHit = (i: number) => hits.some((h) => i >= h.first && i < h.last);
  const verb = words.some(
    (w, i) => !inHit(i) && (INTERCEPT_VERB.test(w) || LAUNCH_VERB.test(w) || HIT_VERB.test(w)),
  );
  if (!verb && hits.every((h) => WEAPON_ONLY.has(h.trigger.kind!))) return null;
  const roles = treeRoles(
    ctx,
    sentence,
    tree,
    hits.map(wordOf).filter((w) => w !== undefined),
  );
  const attacker = roles.attacker;
  const targets = mergeTargets(
    findTargets(ctx, sentence, hits, attacker?.id ?? null),
    roles.targets,
    attacker?.id ?? null,
  );
  // "a general strike", "une attaque verbale": a bare attack word needs a weapon, an attacker, a verb of war
  // or a place it hits — in English not for "strike", which may be a walkout in a city.
  const placeHit =
    targets.some((t) => t.id.startsWith('place:')) &&
    (sentence.language === 'fr' || hits.some((h) => h.trigger.kind !== 'strike'));
  if (!verb && !attacker && !placeHit && hits.every((h) => GENERIC_ATTACKS.has(h.trigger.kind!))) return null;
  // "struck a deal", "attacked the plan": a verb alone tells an attack only when it hits a place.
  if (hits.every((h) => h.trigger.verb) && targets.length === 0) return null;
  addDefender(ctx, sentence, targets, attacker?.id ?? null);
  const counted = countBefore(sentence, hits, ctx.text);
  const intercepts = words.some((w) => INTERCEPT_VERB.test(w));
  const share = intercepts ? shareOf(sentence, hits, ctx.text) : null;
  const near = (verb: (w: string) => boolean) => countNear(sentence, hits, verb, ctx.text) ?? counted;
  const first = sentence.tokens[hits[0]!.first]!;
  return {
    sentence: sentence.index,
    paragraph: sentence.paragraph,
    weapon: WEAPON_ORDER.find((w) => hits.some((h) => h.trigger.kind === w)) ?? 'attack',
    weapons: new Set(hits.map((h) => h.trigger.kind!).filter((k) => !GENERIC_ATTACKS.has(k))),
    definite:
      ATTACK_DEFINITE.has(words[hits[0]!.first - 1] ?? '') ||
      ATTACK_DEFINITE.has(words[hits[0]!.first - 2] ?? ''),
    attacker: attacker && { ...attacker, sentence: sentence.index },
    targets,
    date: datesIn(ctx, sentence.index).length > 0 ? dateAt(ctx, sentence.index, first.start) : null,
    intercepted: share?.part ?? (intercepts ? near((w) => INTERCEPT_VERB.test(w)) : null),
    launched:
      share?.whole ?? (words.some((w) => LAUNCH_VERB.test(w)) ? near((w) => LAUNCH_VERB.test(w)) : null),
    casualties: casualtiesIn(sentence, ctx.text),
    reportedBy: reporterOf(sentence, mentions),
    triggers: hits.map((h) => spanText(ctx, sentence, h)),
  };
}

/**
 * Targets in text order with the count written before each ("deux dans la région de Belgorod"). A target
 * belongs to the attack when it sits in the trigger's clause, carries a count, or continues a list of them.
 */
function findTargets(
  ctx: ArticleContext,
  sentence: Sentence,
  hits: readonly TriggerHit[],
  attacker: string | null,
): AttackTarget[] {
  const words = sentence.tokens.map((t) => t.fold);
  const mentions = mentionsIn(ctx, sentence.index);
  const cues = cuesIn(ctx, sentence.index);
  const targets: AttackTarget[] = [];
  let from = 0;
  let previous: number | null = null;
  let lastEnd = -1;
  for (const m of mentions) {
    if ((m.type !== 'Place' && m.type !== 'Country') || m.entityId === attacker) continue;
    // "at Kyiv, Dnipro and Kryvyi Rih", "des régions de Kharkiv, d'Odessa et de Tchernihiv": a list goes on.
    const continues = lastEnd >= 0 && words.slice(lastEnd, m.first).every((w) => LIST_GLUE.has(w));
    if (!continues && !isTargeted(words, m, cues)) continue;
    const count = lastNumber(sentence, from, m.first, ctx.text, previous, datesIn(ctx, sentence.index));
    // "38 drones over Kharkiv, Odesa and Chernihiv": a count before a list is the list's total.
    const head = targets.at(-1);
    if (continues && count === null && head) targets[targets.length - 1] = { ...head, count: null };
    const listed = lastEnd >= 0 && m.first - lastEnd <= 8;
    if (count === null && !listed && !sameClause(ctx, sentence, hits, m)) continue;
    previous = count ?? previous;
    from = m.last;
    lastEnd = m.last;
    if (!targets.some((t) => t.id === m.entityId))
      targets.push({ id: m.entityId, count, sentence: sentence.index, listed });
  }
  for (const id of demonymTargets(ctx, sentence, hits, attacker))
    if (!targets.some((t) => t.id === id)) targets.push({ id, count: null, sentence: sentence.index });
  if (targets.length === 0 && attacker) targets.push(...otherCountries(sentence, mentions, attacker));
  return targets;
}

function sameClause(
  ctx: ArticleContext,
  sentence: Sentence,
  hits: readonly TriggerHit[],
  m: EntityMention,
): boolean {
  return hits.some((h) => {
    const a = Math.min(sentence.tokens[h.first]!.start, m.start);
    const b = Math.max(sentence.tokens[h.last - 1]!.end, m.end);
    return !/[,;:()«»"“”]/.test(ctx.text.slice(a, b));
  });
}

/** With an attacker and no target, the other countries the sentence names (not in a genitive). */
function otherCountries(
  sentence: Sentence,
  mentions: readonly EntityMention[],
  attacker: string,
): AttackTarget[] {
  const words = sentence.tokens.map((t) => t.fold);
  const found: AttackTarget[] = [];
  for (const m of mentions) {
    // "de la Russie" owns, "depuis le Liban" / "from Lebanon" is where the fire comes from.
    const genitive =
      ['de', 'du', 'd', 'of', 'depuis', 'from'].includes(words[m.first - 1] ?? '') ||
      ['de', 'd', 'depuis', 'from'].includes(words[m.first - 2] ?? '');
    if (
      m.type === 'Country' &&
      m.entityId !== attacker &&
      !genitive &&
      !found.some((t) => t.id === m.entityId)
    )
      found.push({ id: m.entityId, count: null, sentence: sentence.index });
  }
  return found;
}

/** "contre les infrastructures énergétiques ukrainiennes", "on Russian territory": the demonym's country is hit. */
function demonymTargets(
  ctx: ArticleContext,
  sentence: Sentence,
  hits: readonly TriggerHit[],
  attacker: string | null,
): string[] {
  const words = sentence.tokens.map((t) => t.fold);
  const found: string[] = [];
  for (const cue of cuesIn(ctx, sentence.index)) {
    const id = `country:${cue.iso2}`;
    const noun = [1, 2, 3].map((k) => cue.first - k).find((i) => TARGET_NOUNS.has(words[i] ?? ''));
    if (noun === undefined || id === attacker || !ctx.builder.typeOf(id)) continue;
    const before = words.slice(Math.max(0, noun - 3), noun);
    const pseudo = { ...cue, entityId: id, type: 'Country' as const, metonymy: false };
    if (
      before.some((w) => TARGET_PREPOSITIONS.has(w) || HIT_VERB.test(w)) &&
      sameClause(ctx, sentence, hits, pseudo)
    )
      found.push(id);
  }
  return found;
}

/** The side that defends is under attack: "défense aérienne russe", "l'armée ukrainienne a abattu". */
function addDefender(
  ctx: ArticleContext,
  sentence: Sentence,
  targets: AttackTarget[],
  attacker: string | null,
): void {
  const words = sentence.tokens.map((t) => t.fold);
  const defender = cuesIn(ctx, sentence.index).find((c) => isDefender(words, c));
  const id = defender ? `country:${defender.iso2}` : interceptor(ctx, words, mentionsIn(ctx, sentence.index));
  if (id && id !== attacker && !targets.some((t) => t.id === id) && ctx.builder.typeOf(id))
    targets.push({ id, count: null, sentence: sentence.index, defender: true });
}

function spanText(ctx: ArticleContext, sentence: Sentence, hit: TriggerHit) {
  const start = sentence.tokens[hit.first]!.start;
  const end = sentence.tokens[hit.last - 1]!.end;
  return { start, end, text: ctx.text.slice(start, end) };
}

interface TreeRoles {
  readonly attacker: { id: string; attribution: string } | null;
  readonly targets: readonly AttackTarget[];
}

/** Attacker and targets from the sentence's dependency tree. */
function treeRoles(
  ctx: ArticleContext,
  sentence: Sentence,
  tree: SentenceTree,
  triggers: readonly TreeWord[],
): TreeRoles {
  const args = attackArguments(tree, triggers, sentence.language);
  const at = (span: { start: number; end: number }) => tree.headOf(span.start, span.end)?.id ?? -1;
  const folded = sentence.tokens.map((t) => t.fold);
  const targets: AttackTarget[] = [];
  const target = (id: string, defender = false) => {
    if (!targets.some((t) => t.id === id))
      targets.push({ id, count: null, sentence: sentence.index, defender });
  };
  const spans = [
    ...mentionsIn(ctx, sentence.index).map((m) => ({
      span: m as Span,
      id: m.entityId,
      type: m.type,
      metonymy: m.metonymy,
      cue: false,
    })),
    ...cuesIn(ctx, sentence.index)
      .filter((c) => !isDefender(folded, c))
      .map((c) => ({
        span: c as Span,
        id: `country:${c.iso2}`,
        type: 'Country' as const,
        metonymy: false,
        cue: true,
      })),
  ].sort((a, b) => a.span.start - b.span.start);
  // Of the names in attacker position, an armed group beats the state it sits in ("Ukraine's Wagner
  // fighters claimed"), then the name nearest the argument's head, then the first.
  const candidates: { id: string; attribution: string; rank: number }[] = [];
  const fromCue = new Set<string>();
  for (const { span, id, type, metonymy, cue } of spans) {
    const word = at(span);
    const role = args.attackers.get(word);
    const actor = type === 'Official' ? officialCountry(ctx, id) : type === 'Place' ? null : actorId(ctx, id);
    if (role && actor) {
      const group = type === 'Organization' && actor === id ? 0 : type === 'Official' ? 2 : 1;
      candidates.push({ id: actor, attribution: role.attribution, rank: group * 100 + role.depth });
    } else if ((type === 'Place' || type === 'Country') && args.targets.has(word)) {
      // "strikes on Kyiv": a capital under fire is the city.
      target((metonymy && ctx.knowledge.capitalPlace.get(id)) || id);
      if (cue) fromCue.add(id);
    } else if (type === 'Country' && args.defenders.has(word)) target(id, true);
  }
  const best = candidates.reduce<(typeof candidates)[number] | null>(
    (a, c) => (a === null || c.rank < a.rank ? c : a),
    null,
  );
  const attacker = best && { id: best.id, attribution: best.attribution };
  // "the Iranian embassy complex in Damascus": a demonym describes what was hit where a name says where.
  const named = targets.some((t) => !fromCue.has(t.id) && !t.defender);
  return {
    attacker,
    targets: targets.filter((t) => t.id !== attacker?.id && !(named && fromCue.has(t.id) && !t.defender)),
  };
}

/** The window's targets the tree confirms (they keep their counts), then the tree's others. */
function mergeTargets(
  window: readonly AttackTarget[],
  tree: readonly AttackTarget[],
  attacker: string | null,
): AttackTarget[] {
  // Counted places ("deux dans la région de Belgorod, six dans celle de Voronej") and the items of a list
  // they start are targets even where the parser loses an elliptical list; otherwise the tree must
  // confirm the window's guess.
  const confirmed: AttackTarget[] = [];
  for (const t of window) {
    const kept = t.count !== null || tree.some((x) => x.id === t.id);
    const continues = t.listed === true && confirmed.at(-1) === window[window.indexOf(t) - 1];
    if (t.id !== attacker && (kept || continues)) confirmed.push(t);
  }
  return [...confirmed, ...tree.filter((t) => !confirmed.some((c) => c.id === t.id))];
}

import type { Properties } from '../../../schema/exchange.ts';
import { HYPOTHETICAL } from '../lexicon/attacks.ts';
import { AID_WORDS, BENEFICIARY_WORDS, GIVE_VERB, MATERIEL_WORDS } from '../lexicon/meetings.ts';
import { CURRENCIES } from '../lexicon/numbers.ts';
import type { EntityMention } from '../recognise/spans.ts';
import { parseNumber } from '../text/parse-number.ts';
import type { Sentence } from '../text/segment.ts';
import type { ArticleContext } from './article-context.ts';
import { addRelation, dateAt, mentionsIn } from './article-context.ts';
import { actorId, officialCountry } from './sentence-tools.ts';

/**
 * SUPPORTS: an aid word, the country helped after "à"/"to"/"for", and the giver among the other countries
 * and organisations of the sentence (or the country of an official who gives), with the amount and
 * currency when the sentence writes them ("61 milliards de dollars").
 */
export function relateSupport(ctx: ArticleContext): void {
  for (const sentence of ctx.sentences) {
    if (sentence.boilerplate) continue;
    const words = sentence.tokens.map((t) => t.fold);
    const mentions = mentionsIn(ctx, sentence.index);
    words.forEach((word, at) => {
      if (!AID_WORDS.test(word) && !givesMateriel(words, at)) return;
      if (words.slice(Math.max(0, at - 6), at + 2).some((w) => HYPOTHETICAL.test(w))) return;
      const helped = beneficiary(words, mentions, at);
      if (!helped) return;
      const giver = giverOf(ctx, words, mentions, helped, at);
      if (!giver) return;
      const date = dateAt(ctx, sentence.index, sentence.tokens[at]!.start);
      const properties: Properties = { kind: 'aid', ...amount(sentence, ctx.text) };
      addRelation(ctx, {
        type: 'SUPPORTS',
        from: giver,
        to: helped,
        sentence: sentence.index,
        date,
        confidence: 0.6,
        properties,
      });
    });
  }
}

const GENITIVE = new Set(['de', 'du', 'des', 'd', 'of']);

function beneficiary(
  words: readonly string[],
  mentions: readonly EntityMention[],
  at: number,
): string | null {
  for (const m of mentions) {
    // "une aide de 3 milliards de livres par an à l'Ukraine": the amount may stand in between.
    if (m.type !== 'Country' || m.first <= at || m.first > at + 12) continue;
    const before = words.slice(Math.max(at + 1, m.first - 2), m.first);
    if (before.some((w) => BENEFICIARY_WORDS.has(w))) return m.entityId;
  }
  // "give Ukraine 1.5 billion in assistance", "fournir à l'Ukraine une aide".
  const given = mentions.find(
    (m) =>
      m.type === 'Country' && words.slice(Math.max(0, m.first - 3), m.first).some((w) => GIVE_VERB.test(w)),
  );
  return given?.entityId ?? null;
}

/** The giver acts before the aid word ("les États-Unis fournissent une aide") or owns it ("l'aide des États-Unis"). */
function giverOf(
  ctx: ArticleContext,
  words: readonly string[],
  mentions: readonly EntityMention[],
  helped: string,
  at: number,
): string | null {
  for (const m of mentions) {
    const genitive = GENITIVE.has(words[m.first - 1] ?? '') || GENITIVE.has(words[m.first - 2] ?? '');
    const owner = m.first > at && m.first <= at + 3 && genitive;
    if (!(m.last <= at && !genitive) && !owner) continue;
    const actor =
      m.type === 'Official'
        ? officialCountry(ctx, m.entityId)
        : m.type === 'Place'
          ? null
          : actorId(ctx, m.entityId);
    if (actor && actor !== helped && ctx.builder.typeOf(actor)) return actor;
  }
  return null;
}

function amount(sentence: Sentence, text: string): Properties {
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    const n = parseNumber(tokens, i, text);
    if (!n) continue;
    const unit = [tokens[n.end]?.fold, tokens[n.end + 1]?.fold].find((w) => w && CURRENCIES[w]);
    const sign = text.slice(tokens[i]!.start - 1, tokens[n.end - 1]!.end + 2);
    const currency = unit ? CURRENCIES[unit] : /\$/.test(sign) ? 'USD' : /€/.test(sign) ? 'EUR' : null;
    if (currency && n.value >= 1000) return { amount: n.value, currency };
    i = n.end - 1;
  }
  return {};
}

/** "s'est engagée à fournir à Kiev des systèmes de défense aérienne", "sent Ukraine tanks". */
function givesMateriel(words: readonly string[], at: number): boolean {
  return GIVE_VERB.test(words[at]!) && words.slice(at + 1, at + 8).some((w) => MATERIEL_WORDS.test(w));
}

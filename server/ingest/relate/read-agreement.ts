import type { AgreementStatus } from '../../../schema/graph-model.ts';
import {
  DEFINITE,
  DETERMINERS,
  DURATION_UNITS,
  KIND_QUALIFIERS,
  LOCATIVE_WORDS,
  STATUS_CUES,
  STATUS_PHRASES,
  SUCH,
  UNTIL_FILLERS,
  UNTIL_WORDS,
  VENUE_WORDS,
} from '../lexicon/agreements.ts';
import type { SentenceTree, TreeWord } from '../parse/sentence-tree.ts';
import type { EntityMention } from '../recognise/spans.ts';
import { parseNumber } from '../text/parse-number.ts';
import type { Sentence } from '../text/segment.ts';
import { type AgreementArguments, agreementArguments } from './agreement-arguments.ts';
import type { ArticleContext } from './article-context.ts';
import { cuesIn, mentionsIn } from './article-context.ts';
import { eventModality } from './event-modality.ts';
import { actorId, officialCountry, type TriggerHit, tokenDistance } from './sentence-tools.ts';

/** What one agreement trigger and its sentence say. */
export interface AgreementReading {
  readonly hit: TriggerHit;
  readonly reference: 'definite' | 'such' | 'new';
  readonly kind: string | null;
  readonly status: AgreementStatus | null;
  readonly venue: EntityMention | null;
  readonly durationYears: number | null;
  /** The year it ends, when the text gives one ("jusqu'en 2034"). */
  readonly until: string | null;
  /** The condition that ends it, as the text gives it ("until it joins the alliance"). */
  readonly condition: string | null;
  /** Negated, conditional or future talk ("pourrait", "could", "n'a pas signé"): opens no agreement and
   * changes none. */
  readonly hypothetical: boolean;
  /** "the ceasefire in Gaza", "le cessez-le-feu au Liban": named by where it holds, not by who speaks. */
  readonly located: boolean;
  /** "discussing the ceasefire", "ont évoqué l'accord": the agreement is what speakers talk about. */
  readonly topic: boolean;
  /** The sides as the sentence's structure gives them. */
  readonly sides: AgreementSides;
}

/** Parties by their place in the sentence (countries and organisations; officials stand for theirs). */
export interface AgreementSides {
  /** Subjects and agents of the agreeing predicate. */
  readonly actors: readonly string[];
  /** "with X", "between X and Y". */
  readonly partners: readonly string[];
  /** The agreement's own modifiers: "the Japan–Philippines pact", "l'accord germano-ukrainien". */
  readonly own: readonly string[];
  /** The countries and organisations the sentence names itself (not through an official). */
  readonly named: readonly string[];
  /** Officials who put their names on it: subjects of "signed". */
  readonly signers: readonly string[];
  /** Officials on either side who did not sign in this sentence: "agreed", "concluded". */
  readonly negotiators: readonly string[];
}

const TOPIC_VERB =
  /^(discut\w*|discuss\w*|evoqu\w*|abord\w*|parle|parler|talked|about|concernant|regarding)$/;

const ADVERSARY = new Set(['contre', 'against', 'versus', 'face']);

const IDIOM_BEFORE_D = new Set([
  'etre',
  'sont',
  'est',
  'suis',
  'sommes',
  'etes',
  'pas',
  'tombes',
  'tombe',
  'mis',
  'mettre',
]);

/** Consent and accordance, not agreements: "en accord avec", "d'un commun accord", "a donné son accord", "in agreement with". */
function isIdiom(words: readonly string[], first: number): boolean {
  const [before, twoBefore] = [words[first - 1] ?? '', words[first - 2] ?? ''];
  if ((before === 'en' && words[first] === 'accord') || (before === 'in' && words[first] === 'agreement'))
    return true;
  if (before === 'commun' || before === 'mutual') return true;
  return CONSENT_OWNER.has(before) && CONSENT_VERB.test(twoBefore);
}

const CONSENT_OWNER = new Set(['son', 'sa', 'leur', 'its', 'his', 'her', 'their']);
const CONSENT_VERB =
  /^(donne|donner|donnent|donnera|obtenu|obtenir|obtient|recu|recevoir|refuse|refuser|refusent|gave|give|given|gives|won|obtained|withheld)$/;

export function readAgreement(
  ctx: ArticleContext,
  sentence: Sentence,
  hit: TriggerHit,
): AgreementReading | null {
  const words = sentence.tokens.map((t) => t.fold);
  const det = determinerBefore(words, hit.first);
  if (hit.trigger.needsDeterminer && det === null) return null;
  if (words[hit.first - 1] === 'd' && IDIOM_BEFORE_D.has(words[hit.first - 2] ?? '')) return null;
  if (isIdiom(words, hit.first)) return null;
  const cue = statusCue(words, hit);
  const mentions = mentionsIn(ctx, sentence.index);
  const mediator = (m: EntityMention) => isMediator(m, words, mentions) || namesAgreement(m, words, hit);
  const tree = ctx.trees.get(sentence.index);
  const trigger = tree?.headOf(sentence.tokens[hit.first]!.start, sentence.tokens[hit.last - 1]!.end);
  if (!tree || !trigger) return null;
  const args = agreementArguments(tree, trigger, sentence.language);
  const status = (args.predicate && predicateStatus(args.predicate.fold)) ?? cue?.status ?? null;
  return {
    sides: readSides(ctx, sentence, args, trigger, mediator),
    hit,
    reference:
      (det !== null && SUCH.has(det)) || suchAfter(tree, trigger)
        ? 'such'
        : det !== null && DEFINITE.has(det)
          ? 'definite'
          : 'new',
    kind: hit.trigger.kind ?? qualifierKind(words, hit),
    status,
    venue:
      mentions.find(
        (m) => m.type !== 'Official' && !isParty(m, words) && VENUE_WORDS.has(words[m.first - 1] ?? ''),
      ) ?? null,
    durationYears: duration(sentence, hit, ctx.text),
    ...endOf(sentence, hit, ctx.text),
    hypothetical: eventModality(tree, trigger, sentence.language) !== 'asserted',
    topic: words.slice(Math.max(0, hit.first - 8), hit.first).some((w) => TOPIC_VERB.test(w)),
    located: mentions.some(
      (m) =>
        m.type === 'Place' &&
        m.first > hit.last &&
        m.first <= hit.last + 3 &&
        words.slice(hit.last, m.first).some((w) => LOCATIVE_WORDS.has(w) || w === 'au' || w === 'dans'),
    ),
  };
}

/** The determiner before a trigger; "such"/"similar" win over the article beside them ("such a pact"). */
function determinerBefore(words: readonly string[], first: number): string | null {
  const window = words.slice(Math.max(0, first - 4), first).reverse();
  return window.find((w) => SUCH.has(w)) ?? window.find((w) => DETERMINERS.has(w)) ?? null;
}

function qualifierKind(words: readonly string[], hit: TriggerHit): string | null {
  const window = [
    ...words.slice(hit.last, hit.last + 5),
    ...words.slice(Math.max(0, hit.first - 2), hit.first),
  ];
  return KIND_QUALIFIERS.find(([word]) => window.includes(word))?.[1] ?? null;
}

function statusCue(words: readonly string[], hit: TriggerHit) {
  let best: { status: AgreementStatus; at: number } | null = null;
  const consider = (status: AgreementStatus, at: number) => {
    if (!best || tokenDistance(hit, at) < tokenDistance(hit, best.at)) best = { status, at };
  };
  words.forEach((word, at) => {
    const found = STATUS_CUES.find(([pattern]) => pattern.test(word));
    if (found) consider(found[1], at);
    for (const [phrase, status] of STATUS_PHRASES) {
      if (phrase.every((w, i) => words[at + i] === w)) consider(status, at);
    }
  });
  return best as { status: AgreementStatus; at: number } | null;
}

/** "les accords de Minsk", "the Treaty of Paris": a capital right after the trigger names the agreement. */
function namesAgreement(m: EntityMention, words: readonly string[], hit: TriggerHit): boolean {
  return m.metonymy && m.first === hit.last + 1 && ['de', 'd', 'of'].includes(words[hit.last] ?? '');
}

/** A country or organisation that acts, not the place of the talks ("en Ukraine", "au G7"). */
function isParty(m: EntityMention, words: readonly string[]): boolean {
  if (m.type !== 'Country' && m.type !== 'Organization') return false;
  const before = words[m.first - 1] ?? '';
  if (ADVERSARY.has(before) || ADVERSARY.has(words[m.first - 2] ?? '')) return false;
  const beforeArticle = ['l', 'la', 'le', 'les', 'the'].includes(before)
    ? (words[m.first - 2] ?? '')
    : before;
  if (m.type === 'Country' && LOCATIVE_WORDS.has(before)) return false;
  if (m.type === 'Country' && beforeArticle === 'a') return false;
  return !VENUE_WORDS.has(wordBefore(words, m.first));
}

/** Words before the states that broker or press an agreement without being party to it. */
const NOT_PARTY_LEAD =
  /^(mediated|mediation|mediateur|mediateurs|mediatrice|mediator|mediators|brokered|egide|auspices|facilitated|pressure|pression|pressions|from)$/;
const LIST_WORDS = new Set([
  ...['et', 'and', 'by', 'par', 'de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'the', 'of'],
]);

/** "mediated by Qatar, Egypt and the United States", "sous l'égide de la Turquie", "pressure from China". */
function isMediator(m: EntityMention, words: readonly string[], mentions: readonly EntityMention[]): boolean {
  const inName = (i: number) =>
    mentions.some((x) => (x.type === 'Country' || x.type === 'Organization') && i >= x.first && i < x.last);
  for (let i = m.first - 1, steps = 0; i >= 0 && steps < 12; i--, steps++) {
    if (NOT_PARTY_LEAD.test(words[i]!)) return true;
    if (!LIST_WORDS.has(words[i]!) && !inName(i)) return false;
  }
  return false;
}

/** The word before a name, past articles and "de": "au sommet de l'OTAN" → "sommet". */
function wordBefore(words: readonly string[], first: number): string {
  let i = first - 1;
  while (i > 0 && FILLERS.has(words[i]!)) i--;
  return words[i] ?? '';
}

const FILLERS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'the', 'of']);

/**
 * When the agreement ends, after the trigger: a year ("jusqu'en 2034", "until 2034") or, failing one, the
 * condition as the text gives it ("until it joins the alliance"), up to the end of its clause.
 */
function endOf(
  sentence: Sentence,
  hit: TriggerHit,
  text: string,
): { until: string | null; condition: string | null } {
  const { tokens } = sentence;
  const at = tokens.findIndex((t, i) => i >= hit.last && i < hit.last + 15 && UNTIL_WORDS.has(t.fold));
  if (at < 0) return { until: null, condition: null };
  let i = at + 1;
  while (i < tokens.length && UNTIL_FILLERS.has(tokens[i]!.fold)) i++;
  const year = tokens[i]?.fold ?? '';
  if (/^(19|20)\d\d$/.test(year)) return { until: year, condition: null };
  let end = at + 1;
  while (end < tokens.length && end < at + 14 && !/^[,.;:!?)]$/.test(tokens[end]!.fold)) end++;
  if (end === at + 1) return { until: null, condition: null };
  return { until: null, condition: text.slice(tokens[at]!.start, tokens[end - 1]!.end) };
}

function duration(sentence: Sentence, hit: TriggerHit, text: string): number | null {
  const { tokens } = sentence;
  for (let i = Math.max(0, hit.first - 6); i < Math.min(tokens.length, hit.last + 10); i++) {
    const n = parseNumber(tokens, i, text);
    if (n && DURATION_UNITS.has(tokens[n.end]?.fold ?? '') && n.value > 0 && n.value <= 100) return n.value;
  }
  return null;
}

/** The sides of the agreement from the sentence's dependency tree. */
function readSides(
  ctx: ArticleContext,
  sentence: Sentence,
  args: AgreementArguments,
  trigger: TreeWord,
  mediator: (m: EntityMention) => boolean,
): AgreementSides {
  const tree = ctx.trees.get(sentence.index)!;
  const place = (start: number, end: number) => tree.headOf(start, end)?.id ?? -1;
  const actors: string[] = [];
  const partners: string[] = [];
  const own: string[] = [];
  const signers: string[] = [];
  const negotiators: string[] = [];
  const named: string[] = [];
  const add = (list: string[], id: string | null) => {
    if (id && !list.includes(id)) list.push(id);
  };
  for (const m of mentionsIn(ctx, sentence.index)) {
    const at = place(m.start, m.end);
    const side = args.actors.has(at)
      ? actors
      : args.partners.has(at)
        ? partners
        : args.modifiers.has(at)
          ? own
          : null;
    if (!side || mediator(m)) continue;
    if (m.type === 'Official') {
      add(side, officialCountry(ctx, m.entityId));
      if (side !== own) add(args.signing && side === actors ? signers : negotiators, m.entityId);
    } else if (m.type === 'Country' || m.type === 'Organization') {
      add(side, actorId(ctx, m.entityId));
      add(named, actorId(ctx, m.entityId));
    }
  }
  // "où les deux dirigeants ont signé": the last two officials named before the verb.
  if (args.pairSubject && args.predicate && actors.length === 0) {
    const before = mentionsIn(ctx, sentence.index).filter(
      (m) => m.type === 'Official' && m.end <= args.predicate!.start,
    );
    for (const m of before.slice(-2)) {
      add(actors, officialCountry(ctx, m.entityId));
      add(args.signing ? signers : negotiators, m.entityId);
    }
  }
  for (const cue of cuesIn(ctx, sentence.index)) {
    const at = place(cue.start, cue.end);
    if (args.modifiers.has(at) || at === trigger.id) {
      add(own, `country:${cue.iso2}`);
      add(named, `country:${cue.iso2}`);
    }
  }
  return { actors, partners, own, named, signers, negotiators };
}

/** "accords similaires", "agreements like these": a modifier after the trigger makes it "such". */
function suchAfter(tree: SentenceTree, trigger: TreeWord): boolean {
  return tree.children(trigger, 'amod').some((a) => SUCH.has(a.fold));
}

/** The status the agreeing predicate itself gives: "signed", "negotiating", "proposed". */
function predicateStatus(word: string): AgreementReading['status'] {
  return STATUS_CUES.find(([pattern]) => pattern.test(word))?.[1] ?? null;
}

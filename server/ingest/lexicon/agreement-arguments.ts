// Agreement arguments as data: which predicates make an agreement, and which prepositions introduce its
// other side, by language (lemmas and case words, folded).

import type { Language } from '../text/segment.ts';

/**
 * Words of a concept by language. English entries are lemmas; French entries of four letters or more are
 * stems matched at the start of the folded form, since the French model gives no lemmas ("sign" → signé,
 * signés, signeront); shorter ones ("si", "pas") are whole words.
 */
export type ByLanguage = Readonly<Record<Language, readonly string[]>>;

/** A table row written as space-separated words, over as many lines as it needs. */
export function words(...lines: string[]): string[] {
  return lines.flatMap((line) => line.split(' ')).filter((w) => w !== '');
}

/** A parsed word is one of a concept's words in the sentence's language. */
export function isWordOf(
  concept: ByLanguage,
  word: { readonly fold: string; readonly lemmaFold: string },
  language: Language,
): boolean {
  return language === 'en'
    ? concept.en.includes(word.lemmaFold)
    : concept.fr.some((stem) => (stem.length >= 4 ? word.fold.startsWith(stem) : word.fold === stem));
}

/** Predicates whose subject, agent and partners are the parties of their agreement object. */
export const AGREEMENT_PREDICATES: ByLanguage = {
  en: words(
    'sign ink conclude seal reach strike agree finalise finalize ratify make forge negotiate accept approve',
    'adopt broker extend renew revive work draft prepare propose',
  ),
  fr: words(
    'sign conclu paraph scell ratifi finalis negoci accept approuv adopt noue prolong renouvel relanc',
    'travaill prepar elabor propos',
  ),
};

/** Predicates whose subjects put their own name on the text: they are its signers. */
export const SIGNING_PREDICATES: ByLanguage = {
  en: ['sign', 'ink'],
  fr: ['sign', 'paraph'],
};

/** Nouns naming the act of agreeing: "the signing of the pact", "la signature de l'accord". */
export const AGREEMENT_ACTS: ByLanguage = {
  en: ['signing', 'signature', 'conclusion', 'ratification'],
  fr: ['signature', 'conclusion', 'ratification', 'paraphe'],
};

/** Prepositions that introduce the other side: "with Kyiv", "between Japan and the Philippines". */
export const PARTNER_CASES: ByLanguage = {
  en: ['with', 'between'],
  fr: ['avec', 'entre'],
};

/** Words that list members of the other side: "with 19 states, including the U.S. and Japan". */
export const INCLUSION_CASES: ByLanguage = {
  en: ['including', 'notably', 'among'],
  fr: ['notamment', 'dont', 'parmi'],
};

/** Prepositions that introduce the agent of a passive or a participle: "signed by Berlin". */
export const AGENT_CASES: ByLanguage = {
  en: ['by'],
  fr: ['par'],
};

/** Prepositions of an argument's own modifiers: "the leaders of France and Germany", "le chef de l'État". */
export const GENITIVE_CASES: ByLanguage = {
  en: ['of', 's'],
  fr: ['de', 'd', 'du', 'des'],
};

/** Numbers and words that make a subject "the two" people or states just named: "les deux dirigeants". */
export const PAIR_WORDS: ByLanguage = {
  en: ['two', 'both'],
  fr: ['deux'],
};

/** Clause relations: what hangs under them is another predication, not the agreement's arguments. */
export const CLAUSE_RELATIONS: ReadonlySet<string> = new Set([
  'acl',
  'advcl',
  'ccomp',
  'csubj',
  'parataxis',
  'xcomp',
  'dep',
  'list',
  'vocative',
  'discourse',
  'reparandum',
  'orphan',
  'punct',
]);

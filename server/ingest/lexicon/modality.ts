// Modality as data: the words that make an event mention something that did not happen, may happen, or
// happens over and over, by language (English lemmas, French stems; see isWordOf).

import { type ByLanguage, words } from './agreement-arguments.ts';

/** Negation on the predicate or the event noun: "no missile was fired", "n'a pas signé", "aucune frappe". */
export const NEGATIONS: ByLanguage = {
  en: ['not', "n't", 'never', 'no', 'neither', 'nor', 'without'],
  fr: ['pas', 'jamais', 'aucun', 'aucune', 'ni', 'sans', 'non'],
};

/** Conditions and modal auxiliaries: "if Russia attacks", "should it be attacked", "pourrait signer". */
export const CONDITIONS: ByLanguage = {
  en: ['if', 'unless', 'could', 'would', 'might', 'may', 'should', 'whether'],
  fr: ['si', 'pourr', 'devr', 'eventuel'],
};

/** Nouns and verbs that put the event in the future or in someone's intentions: "en cas d'attaque",
 * "threatened to strike", "a menacé de frapper", "would-be". */
export const PROSPECTS: ByLanguage = {
  en: ['case', 'event', 'threaten', 'risk', 'possibility', 'prospect', 'fear', 'warn', 'deter', 'prevent'],
  fr: ['cas', 'menac', 'risqu', 'possibilit', 'perspective', 'crain', 'eviter', 'dissuad', 'empech'],
};

/** Modifiers of a repeated or ongoing series, not one dated event: "the repeated bombardments",
 * "les frappes quotidiennes", "near-nightly strikes". */
export const HABITUAL: ByLanguage = {
  en: words(
    'repeated regular daily nightly near-nightly constant incessant frequent continual continuous ongoing',
    'recurring',
  ),
  fr: ['repet', 'regulier', 'quotidien', 'incessant', 'frequent', 'constant', 'continu', 'recurrent'],
};

// Attack arguments as data: the predicates of firing, hitting and shooting down, and the prepositions
// that introduce a target, by language. English entries are lemmas, French ones stems (see isWordOf).

import type { ByLanguage } from './agreement-arguments.ts';

/** Firing: the subject launches the attack ("Russia launched 89 drones", "l'Iran a tiré des missiles"). */
export const LAUNCH_PREDICATES: ByLanguage = {
  en: 'launch fire carry conduct mount unleash send stage'.split(' '),
  fr: 'lanc tire tirai mene effectu conduit envoy dirig'.split(' '),
};

/** Hitting: the subject attacks and the object is hit ("Israel struck the port", "a frappé Kiev"). */
export const HIT_PREDICATES: ByLanguage = {
  en: 'attack strike hit target bomb shell pound raid'.split(' '),
  fr: 'attaqu frapp vise visai visant cibl bombard pilonn touch'.split(' '),
};

/** Shooting down: the subject defends, so it is on the side under attack. */
export const INTERCEPT_PREDICATES: ByLanguage = {
  en: 'intercept down shoot destroy repel repulse neutralise neutralize'.split(' '),
  fr: 'intercept abatt detrui neutralis repouss'.split(' '),
};

/** Prepositions that put a place under fire: "strikes on Kyiv", "frappes sur Kiev", "contre Israël". */
export const TARGET_CASES: ByLanguage = {
  en: 'on against at in into over toward towards across near targeting'.split(' '),
  fr: 'sur contre a au aux vers dans en dessus visant pres'.split(' '),
};

/** Prepositions that name who fires: "attacks by Russia", "frappes de la Russie", "par le Hamas". */
export const ATTACKER_CASES: ByLanguage = {
  en: ['by', 'from'],
  fr: ['par', 'de', 'du', 'des', 'depuis'],
};

/** Prepositions that make the attack the cause: "caught fire after the attack", "touché lors de la frappe". */
export const CAUSE_CASES: ByLanguage = {
  en: ['after', 'following', 'during', 'in'],
  fr: ['apres', 'suite', 'lors', 'pendant'],
};

/** Accusing, blaming, retaliating, punishing: their object (or the one "against" whom) is the attacker of
 * the act they name ("accused Russia of launching", "vowed to retaliate against Israel for bombing"). */
export const ACCUSE_PREDICATES: ByLanguage = {
  en: ['accuse', 'blame', 'retaliate', 'punish', 'condemn', 'denounce', 'avenge'],
  fr: ['accus', 'reproch', 'ripost', 'punir', 'puni', 'condamn', 'denonc', 'veng'],
};

/** The preposition of the one an accusation or a retaliation is aimed at: "against Israel", "contre". */
export const ACCUSED_CASES: ByLanguage = {
  en: ['against'],
  fr: ['contre'],
};

/** Attributing: the attack goes to whom it is given ("attribue ces attaques à Kiev", "blamed on Kyiv"). */
export const ATTRIBUTE_PREDICATES: ByLanguage = {
  en: ['attribute', 'ascribe', 'blame'],
  fr: ['attribu', 'imput'],
};

/** The preposition that names whom an attack is attributed to. */
export const ATTRIBUTED_TO_CASES: ByLanguage = {
  en: ['to', 'on'],
  fr: ['a', 'au', 'aux'],
};

/** Claiming: the subject or agent says it carried out the attack ("Hamas claimed", "revendiquée par"). */
export const CLAIM_PREDICATES: ByLanguage = {
  en: ['claim'],
  fr: ['revendiqu'],
};

/** Nouns that make their subject the one hit: "the camps were victims of attacks", "cible de frappes". */
export const VICTIM_NOUNS: ByLanguage = {
  en: ['victim', 'target'],
  fr: ['victime', 'cible'],
};

// Attack frames as data, French and English (folded words).

import type { Trigger } from './agreements.ts';

const t = (kind: string, forms: string): Trigger[] =>
  forms.split('|').map((f) => ({ words: f.split(' '), kind, plural: /s$/.test(f) }));

/** Trigger words with the weapon they name; "attack" is the generic one. */
export const ATTACK_TRIGGERS: readonly Trigger[] = [
  ...t(
    'cyber',
    'cyberattaque|cyberattaques|cyber attaque|cyber attaques|cyberattack|cyberattacks|cyber attack|cyber attacks',
  ),
  ...t('drone', 'drone|drones|engins volants|uav|uavs|shahed|shaheds'),
  ...t('missile', 'missile|missiles|roquette|roquettes|rocket|rockets'),
  ...t('strike', 'frappe|frappes|strike|strikes|airstrike|airstrikes|frappe aerienne|frappes aeriennes'),
  ...t(
    'shelling',
    'bombardement|bombardements|pilonnage|pilonnages|obus|shelling|shellings|bombardment|bombardments|bombing|bombings',
  ),
  ...t('raid', 'raid|raids'),
  ...t('shelling', 'bombarde|bombardee|bombardes|bombardent|pilonne|pilonnee|pilonnent|shelled|bombed|bombs'),
  ...t('attack', 'attaque|attaques|attack|attacks|assaut|assauts|assault|assaults|offensive|offensives'),
  ...verbs('strike', 'struck|striking|frappant|frappee|frappees|frappera|frapperont'),
  ...verbs('attack', 'attacked|attacking|attaquee|attaquees|attaquant|attaquera|attaqueront'),
];

/** Verb forms of attacking that do not fold like a noun above ("a frappé" reads as "frappe"). */
function verbs(kind: string, forms: string): Trigger[] {
  return t(kind, forms).map((tr) => ({ ...tr, plural: false, verb: true }));
}

/** Weapons a bare trigger may name; these need an attack verb in the sentence to be an attack. */
export const WEAPON_ONLY = new Set(['drone', 'missile']);

/** Weapons in order of precedence when a sentence names several. */
export const WEAPON_ORDER = ['cyber', 'drone', 'missile', 'shelling', 'strike', 'raid', 'attack'];

export const INTERCEPT_VERB =
  /^(abattu|abattus|abattue|abattues|abattre|intercepte|interceptes|interceptees|interceptee|detruit|detruits|detruite|detruites|neutralise|neutralises|shot|downed|intercepted|destroyed|neutralised|neutralized)$/;
export const LAUNCH_VERB =
  /^(mene|menee|menees|menent|conduit|effectue|carried|conducted|lance|lances|lancee|lancees|lancent|tire|tires|tirees|launched|launch|launches|fired|fire)$/;
export const HIT_VERB =
  /^(bombarde|bombardee|bombardent|pilonne|pilonnent|shelled|bombed|frappe|frappent|vise|visant|visait|cible|ciblant|touche|touchant|hit|hits|struck|targeted|targeting|targets|pounded)$/;

/** Words that say the country next to them defends: "défense aérienne russe", "Russian air defence". */
export const DEFENCE_WORDS = new Set(
  'defense defence antiaerienne antiaeriennes aerienne aeriennes anti aircraft antiaircraft air systemes systems interception'.split(
    ' ',
  ),
);

/** Prepositions that put a place or country under attack. */
export const TARGET_PREPOSITIONS = new Set(
  'sur contre dessus dans visant vers direction en over on against targeting into in near pres at across toward towards'.split(
    ' ',
  ),
);

/** Nouns whose demonym says which country is hit: "les villes ukrainiennes", "Russian territory". */
export const TARGET_NOUNS = new Set(
  'villes ville territoire sol infrastructures infrastructure positions regions region ports port bases base raffineries cities city territory soil towns facilities'.split(
    ' ',
  ),
);

/** Words that may sit between a target preposition and the place: "au-dessus de la région de Rostov". */
export const TARGET_FILLERS = new Set(
  'de du des la le les l d region regions oblast ville city province the of part parts area nord sud est ouest north south east west centre center'.split(
    ' ',
  ),
);

/** Words before a trigger that make it a back-reference: "ces attaques", "these attacks". */
export const ATTACK_DEFINITE = new Set('ces cette cet ce la le l les these this those that the'.split(' '));

/** A sentence that talks about attacks that may happen does not report one. */
export const HYPOTHETICAL = /^(pourrait|pourraient|could|would|might|eventuel|eventuelle|cas|case|if)$/;

// Sentence patterns per event kind, in French and English: agreements, attacks, meetings, aid, roles.
// Each takes the date phrase ("hier", "on 12 March 2024") so facts carry dates the extractor resolves.
import type { Random } from './random.ts';
import { COUNTRIES, type CountryWords, capitalise, ROLES_FR } from './vocabulary.ts';

export interface Official {
  readonly name: string;
  readonly role: string;
  readonly of: CountryWords;
}
export interface Place {
  readonly name: string;
  readonly country: CountryWords;
}
export interface Cast {
  readonly officials: readonly Official[];
  readonly places: readonly Place[];
}
export type Language = 'fr' | 'en';
type Pattern = (rng: Random, cast: Cast, when: string) => string;

/** French "de" contracted with the country's article: du Royaume-Uni, des États-Unis, de la France. */
const ofFr = (country: CountryWords): string =>
  country.fr
    .replace(/^le /, 'du ')
    .replace(/^les /, 'des ')
    .replace(/^(la |l')/, 'de $1');

const titled = (o: Official, language: Language): string =>
  language === 'fr'
    ? `${o.name}, ${ROLES_FR[o.role] ?? 'responsable'} ${ofFr(o.of)},`
    : `${o.of.en.replace(/^the /, '')}'s ${o.role.toLowerCase()} ${o.name}`;

/** Two officials of different countries, so that an agreement has two parties. */
function counterparts(rng: Random, cast: Cast): [Official, Official] {
  for (;;) {
    const [a, b] = rng.pair(cast.officials);
    if (a.of.iso2 !== b.of.iso2) return [a, b];
  }
}

const fr: Record<string, Pattern> = {
  agreement: (rng, cast, when) => {
    const [a, b] = counterparts(rng, cast);
    return `${titled(a, 'fr')} et ${b.name} ont signé ${when} un accord de sécurité d'une durée de ${rng.int(2, 10)} ans entre ${a.of.fr} et ${b.of.fr}.`;
  },
  attack: (rng, cast, when) => {
    const place = rng.pick(cast.places);
    const attacker = rng.pick(COUNTRIES.filter((c) => c.iso2 !== place.country.iso2));
    const launched = rng.int(10, 120);
    return `${capitalise(when)}, ${attacker.fr} a lancé ${launched} drones contre la région de ${place.name}. La défense aérienne en a abattu ${rng.int(1, launched)}, selon le ministère de la Défense.`;
  },
  meeting: (rng, cast, when) => {
    const [a, b] = rng.pair(cast.officials);
    return `${titled(a, 'fr')} a rencontré ${b.name} ${when} pour discuter de la situation sur le front.`;
  },
  aid: (rng, _cast, when) => {
    const [giver, receiver] = rng.pair(COUNTRIES);
    return `${capitalise(giver.fr)} a annoncé ${when} une aide militaire de ${rng.int(1, 60)} milliards d'euros à ${receiver.fr}.`;
  },
};

const en: Record<string, Pattern> = {
  agreement: (rng, cast, when) => {
    const [a, b] = counterparts(rng, cast);
    return `${titled(a, 'en')} and ${b.name} signed a ${rng.int(2, 10)}-year security agreement between ${a.of.en} and ${b.of.en} ${when}.`;
  },
  attack: (rng, cast, when) => {
    const place = rng.pick(cast.places);
    const attacker = rng.pick(COUNTRIES.filter((c) => c.iso2 !== place.country.iso2));
    const launched = rng.int(10, 120);
    return `${capitalise(attacker.en)} launched ${launched} drones at the ${place.name} region ${when}; air defences shot down ${rng.int(1, launched)} of them, the defence ministry said.`;
  },
  meeting: (rng, cast, when) => {
    const [a, b] = rng.pair(cast.officials);
    return `${titled(a, 'en')} met ${b.name} ${when} to discuss the situation on the front line.`;
  },
  aid: (rng, _cast, when) => {
    const [giver, receiver] = rng.pair(COUNTRIES);
    return `${capitalise(giver.en)} announced ${rng.int(1, 60)} billion dollars in military aid to ${receiver.en} ${when}.`;
  },
};

const filler: Record<Language, readonly string[]> = {
  fr: [
    'Les négociations se poursuivent depuis plusieurs semaines.',
    'Les détails de cet accord n’ont pas été rendus publics.',
    'La situation reste tendue dans la région, selon les observateurs.',
    'Plusieurs diplomates ont salué une étape importante.',
  ],
  en: [
    'Talks have been going on for several weeks.',
    'The details of the deal were not made public.',
    'The situation in the region remains tense, observers said.',
    'Several diplomats hailed an important step.',
  ],
};

export const EVENT_KINDS = ['agreement', 'attack', 'meeting', 'aid'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export function eventSentence(
  kind: EventKind,
  language: Language,
  rng: Random,
  cast: Cast,
  when: string,
): string {
  return (language === 'fr' ? fr : en)[kind]!(rng, cast, when);
}

export function fillerSentence(language: Language, rng: Random): string {
  return rng.pick(filler[language]);
}

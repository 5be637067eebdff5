// Words the generator needs beyond the gazetteer: French names of countries with their article, and
// dates written the way French and English news write them.

export interface CountryWords {
  readonly iso2: string;
  readonly en: string;
  /** With the definite article, as a French sentence uses it: "l'Ukraine", "les États-Unis". */
  readonly fr: string;
}

export const COUNTRIES: readonly CountryWords[] = [
  { iso2: 'UA', en: 'Ukraine', fr: "l'Ukraine" },
  { iso2: 'RU', en: 'Russia', fr: 'la Russie' },
  { iso2: 'US', en: 'the United States', fr: 'les États-Unis' },
  { iso2: 'FR', en: 'France', fr: 'la France' },
  { iso2: 'DE', en: 'Germany', fr: "l'Allemagne" },
  { iso2: 'GB', en: 'the United Kingdom', fr: 'le Royaume-Uni' },
  { iso2: 'PL', en: 'Poland', fr: 'la Pologne' },
  { iso2: 'IT', en: 'Italy', fr: "l'Italie" },
  { iso2: 'ES', en: 'Spain', fr: "l'Espagne" },
  { iso2: 'CA', en: 'Canada', fr: 'le Canada' },
  { iso2: 'JP', en: 'Japan', fr: 'le Japon' },
  { iso2: 'TR', en: 'Turkey', fr: 'la Turquie' },
  { iso2: 'SE', en: 'Sweden', fr: 'la Suède' },
  { iso2: 'FI', en: 'Finland', fr: 'la Finlande' },
  { iso2: 'NO', en: 'Norway', fr: 'la Norvège' },
  { iso2: 'DK', en: 'Denmark', fr: 'le Danemark' },
  { iso2: 'RO', en: 'Romania', fr: 'la Roumanie' },
  { iso2: 'MD', en: 'Moldova', fr: 'la Moldavie' },
  { iso2: 'NL', en: 'the Netherlands', fr: 'les Pays-Bas' },
  { iso2: 'BE', en: 'Belgium', fr: 'la Belgique' },
];

export const ROLES_FR: Readonly<Record<string, string>> = {
  President: 'président',
  'Prime Minister': 'Premier ministre',
  'Minister of Foreign Affairs': 'ministre des Affaires étrangères',
  'Foreign Minister': 'ministre des Affaires étrangères',
  'Minister of Defence': 'ministre de la Défense',
  'Defence Minister': 'ministre de la Défense',
  Chancellor: 'chancelier',
};

const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "le 12 mars 2024" / "on 12 March 2024". */
export function fullDate(iso: string, language: 'fr' | 'en'): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return language === 'fr'
    ? `le ${day === 1 ? '1er' : day} ${MONTHS_FR[month - 1]} ${year}`
    : `on ${day} ${MONTHS_EN[month - 1]} ${year}`;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

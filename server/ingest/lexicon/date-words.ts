// Date words as data, French and English, folded (lower case, no accents).

export const WEEKDAYS: Readonly<Record<string, number>> = {
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

export const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/** Abbreviated months as news write them with a day ("Oct. 7", "7 janv."): only to recognise a written date. */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  ...['janv', 'fevr', 'avr', 'juil', 'sept', 'oct', 'nov', 'dec'],
];

/** Days relative to publication. */
export const RELATIVE_DAYS: readonly [RegExp, number][] = [
  [/\bavant-hier\b|\bthe day before yesterday\b/, -2],
  [/\bhier\b|\byesterday\b/, -1],
  [/\baujourd'hui\b|\btoday\b|\bce jour\b/, 0],
  [/\bdemain\b|\btomorrow\b/, 1],
];

/** "dans la nuit" and its kin: the night before publication. */
export const LAST_NIGHT =
  /\b(dans la nuit|cette nuit|la nuit derniere|pendant la nuit|au cours de la nuit|durant la nuit|overnight|last night|during the night|in the night)\b/;

/** Periods before publication, with the precision they allow: "last week" is the month of seven days ago. */
export const RELATIVE_PERIODS: readonly [RegExp, 'week' | 'month' | 'year'][] = [
  [/\b(la semaine derniere|la semaine passee|last week)\b/, 'week'],
  [/\b(le mois dernier|le mois passe|last month)\b/, 'month'],
  [/\b(l'an dernier|l'an passe|l'annee derniere|l'annee passee|last year)\b/, 'year'],
];

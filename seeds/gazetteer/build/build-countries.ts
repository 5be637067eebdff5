// One-off: builds ../countries.json from countries.psv (curated) and i18n-iso-countries (en, fr names).
// Run: npx tsx seeds/gazetteer/build/build-countries.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fold, stripAccents, unique, variants } from './name-variants.ts';
import { type Row, readRows } from './read-country-rows.ts';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as {
  registerLocale(data: unknown): void;
  getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
};
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/fr.json'));

// Names that are also first names or common words; the curated table spells safe forms instead.
const BLOCKED = new Set(['maurice', 'dominique', 'grenade', 'salvador', 'congo']);
const ACRONYM = /^(?:[A-Z]\.){2,4}$|^[A-Z]{2,5}$/;

/** French adjective "ukrainien" → ukrainien, ukrainienne, ukrainiens, ukrainiennes; "turc/turque" spells the feminine. */
function frenchForms(spec: string): string[] {
  const [masc, given] = spec.split('/') as [string, string | undefined];
  const fem = given ?? feminine(masc);
  const mascPlural = /[sx]$/.test(masc) ? masc : `${masc}s`;
  return unique([masc, fem, mascPlural, `${fem}s`]);
}

function feminine(masc: string): string {
  if (masc.endsWith('e')) return masc;
  if (/en$/.test(masc)) return `${masc}ne`;
  if (/on$/.test(masc)) return `${masc}ne`;
  return `${masc}e`;
}

/** English "Ukrainian" → Ukrainian, Ukrainians; "Czech/Czechs" spells the plural; "Swiss/" has none. */
function englishForms(spec: string): string[] {
  const [adj, plural] = spec.split('/') as [string, string | undefined];
  if (plural !== undefined) return unique([adj, plural]);
  return /(?:ese|ish|ch|sh|ss|x)$/.test(adj) ? [adj] : [adj, `${adj}s`];
}

function buildEntry(row: Row, packageNames: string[]) {
  const acronyms = unique([...row.acronyms, ...packageNames.filter((n) => ACRONYM.test(n))]);
  const names = [
    row.name,
    ...row.aliases,
    ...packageNames.filter((n) => !ACRONYM.test(n) && !/[,()]/.test(n)),
  ];
  const aliases = unique(names.flatMap(variants)).filter((a) => a !== row.name && !BLOCKED.has(fold(a)));
  return {
    name: row.name,
    aliases,
    acronyms,
    capitals: unique(row.capitals.flat().flatMap((c) => [c, stripAccents(c)])),
    demonyms: {
      fr: unique(row.fr.flatMap(frenchForms).flatMap(variants)),
      en: unique(row.en.flatMap(englishForms)),
    },
  };
}

/** Drops aliases that two countries share ("Congo"): they cannot name one country. */
function dropShared(entries: Record<string, ReturnType<typeof buildEntry>>): string[] {
  const owners = new Map<string, Set<string>>();
  for (const [iso2, e] of Object.entries(entries))
    for (const a of [e.name, ...e.aliases]) owners.set(fold(a), (owners.get(fold(a)) ?? new Set()).add(iso2));
  const shared = [...owners].filter(([, isos]) => isos.size > 1).map(([alias]) => alias);
  for (const e of Object.values(entries)) e.aliases = e.aliases.filter((a) => !shared.includes(fold(a)));
  return shared;
}

const here = new URL('.', import.meta.url);
const en = countries.getNames('en', { select: 'all' });
const fr = countries.getNames('fr', { select: 'all' });
const out: Record<string, ReturnType<typeof buildEntry>> = {};
for (const row of readRows(new URL('countries.psv', here).pathname).sort((a, b) =>
  a.iso2 < b.iso2 ? -1 : 1,
)) {
  out[row.iso2] = buildEntry(row, [...(en[row.iso2] ?? []), ...(fr[row.iso2] ?? [])]);
}
const shared = dropShared(out);
writeFileSync(new URL('../countries.json', here), `${JSON.stringify(out, null, 2)}\n`);
console.log(
  `countries: ${Object.keys(out).length}; aliases dropped as shared: ${shared.join(', ') || 'none'}`,
);

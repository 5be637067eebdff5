// One-off: builds ../places.json from places-ru-ua.psv (federal subjects of Russia, oblasts of Ukraine),
// places-other.psv (cities, seas, rivers, areas, fronts) and the capitals of countries.psv.
// Run: npx tsx seeds/gazetteer/build/build-places.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fold, slug, stripAccents, unique } from './name-variants.ts';
import { list, readRows } from './read-country-rows.ts';

interface Place {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  within?: string;
  aliases: string[];
}

const here = new URL('.', import.meta.url);
const rows = (file: string): string[][] =>
  readFileSync(new URL(file, here), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('|').map((c) => c.trim()));

const withAccentless = (names: string[]): string[] => unique(names.flatMap((n) => [n, stripAccents(n)]));
const de = (n: string): string => (/^[aeiouyàâéèêîïôûh]/i.test(stripAccents(n)) ? `d'${n}` : `de ${n}`);

// Region kinds whose names expand into the usual English and French forms.
const PATTERNS: Record<string, (n: string) => string[]> = {
  oblast: (n) => [`${n} Oblast`, `${n} region`, `région ${de(n)}`, `oblast ${de(n)}`],
  krai: (n) => [
    `${n} Krai`,
    `${n} Territory`,
    `${n} region`,
    `kraï ${de(n)}`,
    `krai ${de(n)}`,
    `région ${de(n)}`,
  ],
  republic: (n) => [`Republic of ${n}`, `${n} Republic`, `République ${de(n)}`],
  okrug: (n) => [`${n} Autonomous Okrug`, `district autonome ${de(n)}`],
  aoblast: () => [],
  fcity: () => [],
};

function region(kind: string, country: string, namesCell: string, extra: string): Place {
  const names = list(namesCell);
  const bare = names.filter((n) => !n.startsWith('!'));
  const all = names.map((n) => n.replace(/^!/, ''));
  const expand = PATTERNS[kind]!;
  const name = bare[0] ?? expand(all[0]!)[0] ?? all[0]!;
  const aliases = withAccentless([...bare, ...all.flatMap(expand), ...list(extra)]).filter((a) => a !== name);
  return { id: `place:${slug(name)}`, name, kind: kind === 'fcity' ? 'city' : 'region', country, aliases };
}

function city(names: string[], country: string | null, kind = 'city', within?: Place): Place {
  const [name, ...rest] = names as [string, ...string[]];
  const place: Place = { id: `place:${slug(name)}`, name, kind, country, aliases: [] };
  if (within) place.within = within.id;
  place.aliases = withAccentless(rest).filter((a) => a !== name);
  return place;
}

const places = new Map<string, Place>();
const add = (p: Place): void => {
  if (!places.has(p.id)) places.set(p.id, p);
};
for (const [kind, country, names, extra, capital] of rows('places-ru-ua.psv')) {
  const r = region(kind!, country!, names!, extra!);
  add(r);
  if (capital && capital !== '-') add(city(list(capital), country!, 'city', r));
}
for (const [kind, country, names, within] of rows('places-other.psv')) {
  const enclosing = within ? [...places.values()].find((p) => fold(p.name) === fold(within)) : undefined;
  if (within && !enclosing) throw new Error(`unknown region ${within}`);
  add(city(list(names), country === '-' ? null : country!, kind!, enclosing));
}
for (const row of readRows(new URL('countries.psv', here).pathname))
  for (const group of row.capitals) add(city(group, row.iso2));

const sorted = [...places.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
const owners = new Map<string, string[]>();
for (const p of sorted)
  for (const a of [p.name, ...p.aliases]) owners.set(fold(a), [...(owners.get(fold(a)) ?? []), p.id]);
const shared = [...owners].filter(([, ids]) => new Set(ids).size > 1);
writeFileSync(new URL('../places.json', here), `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`places: ${sorted.length}; names shared by two places: ${JSON.stringify(shared)}`);

// One-off: builds ../officials.json from officials.psv.
// Run: npx tsx seeds/gazetteer/build/build-officials.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fold, slug, stripAccents, unique } from './name-variants.ts';
import { list } from './read-country-rows.ts';

interface Role {
  role: string;
  of: string;
  from: string | null;
  to: string | null;
}

function parseRole(spec: string): Role {
  const [role, of, from, to] = spec.split('@').map((c) => c.trim());
  if (!role || !of) throw new Error(`bad role ${spec}`);
  return {
    role,
    of: /^[A-Z]{2}$/.test(of) ? `country:${of}` : `organization:${of}`,
    from: from || null,
    to: to || null,
  };
}

/** "!" before the first alias: the surname alone is a common word, so it is not an alias. */
function aliasesOf(name: string, cell: string): string[] {
  const given = list(cell);
  const noSurname = given[0]?.startsWith('!') ?? false;
  const explicit = given.map((a) => a.replace(/^!/, ''));
  // Only "Given Surname" names yield the surname; longer ones (Le Pen, De Croo, Lula da Silva) list it.
  const words = name.split(' ');
  const surname = !noSurname && words.length === 2 ? [words[1]!] : [];
  return unique([...explicit, ...surname, stripAccents(name)].flatMap((a) => [a, stripAccents(a)])).filter(
    (a) => a !== name,
  );
}

const here = new URL('.', import.meta.url);
const officials = readFileSync(new URL('officials.psv', here), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [name, aliases, roles] = line.split('|').map((c) => c.trim()) as [string, string, string];
    return {
      id: `official:${slug(name)}`,
      name,
      aliases: aliasesOf(name, aliases),
      roles: list(roles).map(parseRole),
    };
  });

// A surname two officials share (Rasmussen, Johnson) cannot identify either of them.
const owners = new Map<string, Set<string>>();
for (const o of officials)
  for (const a of [o.name, ...o.aliases]) owners.set(fold(a), (owners.get(fold(a)) ?? new Set()).add(o.id));
const shared = new Set([...owners].filter(([, ids]) => ids.size > 1).map(([alias]) => alias));
for (const o of officials) o.aliases = o.aliases.filter((a) => !shared.has(fold(a)));

writeFileSync(new URL('../officials.json', here), `${JSON.stringify(officials, null, 2)}\n`);
console.log(`officials: ${officials.length}; aliases dropped as shared: ${[...shared].join(', ') || 'none'}`);

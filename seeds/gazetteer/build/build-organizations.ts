// One-off: builds ../organizations.json from organizations.psv.
// Run: npx tsx seeds/gazetteer/build/build-organizations.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { stripAccents, unique } from './name-variants.ts';
import { list } from './read-country-rows.ts';

const here = new URL('.', import.meta.url);
const orgs = readFileSync(new URL('organizations.psv', here), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [id, kind, country, name, aliases, acronyms, members] = line.split('|').map((c) => c.trim());
    return {
      id: `organization:${id}`,
      name: name!,
      aliases: unique(list(aliases).flatMap((a) => [a, stripAccents(a)])).filter((a) => a !== name),
      acronyms: list(acronyms),
      kind: kind!,
      country: country === '-' ? null : country!,
      members: list(members).map((m) => (m.startsWith('@') ? `organization:${m.slice(1)}` : m)),
    };
  });
writeFileSync(new URL('../organizations.json', here), `${JSON.stringify(orgs, null, 2)}\n`);
console.log(`organizations: ${orgs.length}`);

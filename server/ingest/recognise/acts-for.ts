import type { CountryEntry, OrganizationEntry } from '../gazetteer/gazetteer-schema.ts';
import { fold } from '../text/fold.ts';

const STATE_BODIES = new Set(['ministry', 'parliament', 'agency', 'court', 'council']);
const NAMED_BODIES = new Set(['armed-forces', 'party', 'other']);

/**
 * The country an organisation acts for: a ministry or parliament always acts for its state; an armed force
 * only when its name says whose it is ("armée ukrainienne", "Russian Armed Forces"), so a militia based in
 * a country (Hezbollah) stays an actor of its own.
 */
export function actsFor(org: OrganizationEntry, country: CountryEntry | undefined): string | null {
  if (!org.country || !country) return null;
  if (STATE_BODIES.has(org.kind)) return `country:${org.country}`;
  if (!NAMED_BODIES.has(org.kind)) return null;
  const marks = [country.name, ...country.aliases, ...country.demonyms.fr, ...country.demonyms.en].map((n) =>
    fold(n),
  );
  const names = [org.name, ...org.aliases].map((n) => ` ${fold(n)} `);
  return names.some((n) => marks.some((m) => m.length > 2 && n.includes(` ${m} `)))
    ? `country:${org.country}`
    : null;
}

import type { EntityType } from '../../../schema/graph-model.ts';
import type { Gazetteer } from '../gazetteer/gazetteer-schema.ts';
import { tokenize } from '../text/tokenize.ts';
import { actsFor } from './acts-for.ts';
import type { MatcherPayload } from './matcher-payload.ts';
import { type CaseRule, Trie } from './trie.ts';

/** What extraction knows about a gazetteer entity besides its names. */
export interface KnownEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  /** Country of a place or an organisation (ISO2). */
  readonly country: string | null;
  readonly kind: string | null;
  /** The country a national body acts for (ministries, parliaments, national armies). */
  readonly actsFor: string | null;
  readonly members: readonly string[];
  readonly roles: readonly { role: string; of: string; from: string | null; to: string | null }[];
}

export interface Knowledge {
  readonly trie: Trie<MatcherPayload>;
  readonly entities: ReadonlyMap<string, KnownEntity>;
  /** Country id → the place id of its capital city. */
  readonly capitalPlace: ReadonlyMap<string, string>;
}

/** Compiles the gazetteer once: one trie over every name, alias, acronym, capital and demonym. */
export function compileGazetteer(gazetteer: Gazetteer): Knowledge {
  const trie = new Trie<MatcherPayload>();
  const entities = new Map<string, KnownEntity>();
  const add = (alias: string, payload: MatcherPayload, acronym = false): void =>
    addAlias(trie, alias, payload, acronym);
  const base = { country: null, kind: null, members: [], roles: [], actsFor: null };
  for (const c of gazetteer.countries) {
    const id = `country:${c.iso2}`;
    entities.set(id, { ...base, id, type: 'Country', name: c.name });
    add(c.name, { kind: 'entity', entityId: id, type: 'Country', via: 'name' });
    for (const a of c.aliases) add(a, { kind: 'entity', entityId: id, type: 'Country', via: 'alias' });
    for (const a of c.acronyms)
      add(a, { kind: 'entity', entityId: id, type: 'Country', via: 'acronym' }, true);
    for (const a of c.capitals) add(a, { kind: 'entity', entityId: id, type: 'Country', via: 'capital' });
    for (const language of ['fr', 'en'] as const) {
      const forms = c.demonyms[language];
      for (const d of forms) {
        const people = language === 'en' && d.endsWith('s') && forms.includes(d.slice(0, -1));
        add(d, { kind: 'demonym', iso2: c.iso2, language, people });
      }
    }
  }
  for (const p of gazetteer.places) {
    entities.set(p.id, { ...base, id: p.id, type: 'Place', name: p.name, country: p.country, kind: p.kind });
    for (const a of [p.name, ...p.aliases])
      add(a, { kind: 'entity', entityId: p.id, type: 'Place', via: 'alias' });
  }
  for (const o of gazetteer.organizations) {
    const actor = actsFor(
      o,
      gazetteer.countries.find((c) => c.iso2 === o.country),
    );
    entities.set(o.id, { ...base, ...o, type: 'Organization', members: o.members, actsFor: actor });
    for (const a of [o.name, ...o.aliases])
      add(a, { kind: 'entity', entityId: o.id, type: 'Organization', via: 'alias' });
    for (const a of o.acronyms)
      add(a, { kind: 'entity', entityId: o.id, type: 'Organization', via: 'acronym' }, true);
  }
  for (const o of gazetteer.officials) {
    entities.set(o.id, { ...base, id: o.id, type: 'Official', name: o.name, roles: o.roles });
    for (const a of [o.name, ...o.aliases])
      add(a, { kind: 'entity', entityId: o.id, type: 'Official', via: 'alias' });
  }
  return { trie, entities, capitalPlace: capitalPlaces(gazetteer) };
}

const LEADING_ARTICLE = /^(l['’]\s*|(le|la|les|the)\s+(?=\S+\s))/i;

function addAlias(
  trie: Trie<MatcherPayload>,
  alias: string,
  payload: MatcherPayload,
  acronym: boolean,
): void {
  const text = alias.trim().replace(LEADING_ARTICLE, '');
  const tokens = tokenize(text);
  if (tokens.length === 0) return;
  trie.add(
    tokens.map((t) => t.key),
    { tokens: tokens.map((t) => t.text), caseRule: caseRuleOf(text, acronym), payload },
  );
}

function caseRuleOf(alias: string, acronym: boolean): CaseRule {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  if (acronym || (letters.length <= 5 && letters.length > 1 && letters === letters.toUpperCase()))
    return 'exact';
  const first = alias[0]!;
  return first !== first.toLowerCase() ? 'capitalised' : 'any';
}

function capitalPlaces(gazetteer: Gazetteer): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const p of gazetteer.places) {
    if (p.kind !== 'city' || !p.country) continue;
    for (const a of [p.name, ...p.aliases]) byKey.set(`${p.country}|${keyOf(a)}`, p.id);
  }
  const result = new Map<string, string>();
  for (const c of gazetteer.countries) {
    for (const capital of c.capitals) {
      const place = byKey.get(`${c.iso2}|${keyOf(capital)}`);
      if (place) {
        result.set(`country:${c.iso2}`, place);
        break;
      }
    }
  }
  return result;
}

function keyOf(text: string): string {
  return tokenize(text)
    .map((t) => t.key)
    .join(' ');
}

import type { Sentence } from '../text/segment.ts';
import type { Knowledge } from './compile-gazetteer.ts';
import { discoverPlaces } from './discover-places.ts';
import type { MatcherPayload } from './matcher-payload.ts';
import { isOtherFirstName } from './other-first-name.ts';
import { type DemonymCue, type EntityMention, type Span, spanOf } from './spans.ts';
import type { TrieEntry, TrieMatch } from './trie.ts';

export interface Recognised {
  readonly mentions: EntityMention[];
  readonly cues: DemonymCue[];
}

/** Words before a capital that make it a place ("à Kiev", "in Moscow"), not its country. */
const LOCATIVE = new Set(['a', 'in', 'at', 'depuis']);
const AREA_WORDS = new Set([
  'region',
  'regions',
  'oblast',
  'province',
  'ville',
  'city',
  'banlieue',
  'suburbs',
  'outskirts',
  // "la capitale Kiev", "the Ukrainian capital of Kyiv": the city itself.
  'capitale',
  'capital',
]);

/** "cinq missiles sur Kiev", "strikes on Kyiv": after a weapon or strike word, a capital is the city hit. */
const STRIKE_PREPOSITIONS = new Set(['sur', 'on', 'over', 'contre', 'against']);
const STRIKE_WORDS =
  /^(missiles?|drones?|roquettes?|rockets?|frappes?|strikes?|airstrikes?|bombardements?|bombes?|bombs?|obus|shelling|tire|tires|fired|launched|lance|lances)$/;

/** Verbs after which "à" introduces an actor ("attribuées à Kiev"), not a location. */
const DATIVE_VERB =
  /^(attribu|imput|appartien|demand|propos|oppos|repond|reproch|accus|livr|fourni|envo|donn|accord|promi|vers|aide|soutien|assistance)/;

/** Gazetteer names in every sentence: one longest match per position, then resolved by context. */
export function recognise(sentences: readonly Sentence[], text: string, knowledge: Knowledge): Recognised {
  const mentions: EntityMention[] = [];
  const cues: DemonymCue[] = [];
  /** Mentions an acronym shared by two organisations gave ("RSF"), with every organisation it may name. */
  const shared = new Map<EntityMention, string[]>();
  for (const sentence of sentences) {
    if (sentence.boilerplate) continue;
    const { tokens } = sentence;
    const joined = (i: number): boolean =>
      /^[\s\-–'’.]{1,3}$/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start));
    for (let i = 0; i < tokens.length; ) {
      const match = knowledge.trie.matchAt(tokens, i, joined)[0];
      if (!match) {
        i++;
        continue;
      }
      const span = spanOf(sentence, i, match.end, text);
      const resolved = resolveMatch(match, span, sentence, knowledge);
      if (resolved && 'iso2' in resolved) cues.push(resolved);
      else if (resolved && !qualifiesPrevious(resolved, mentions.at(-1), text)) {
        mentions.push(resolved);
        const organizations = match.entries.filter((e) => isEntity(e) && e.payload.type === 'Organization');
        if (resolved.type === 'Organization' && organizations.length > 1)
          shared.set(
            resolved,
            organizations.map((e) => (e.payload as EntityPayload).entityId),
          );
      }
      i = match.end;
    }
  }
  resolveShared(mentions, shared, knowledge);
  const places = discoverPlaces(sentences, text, mentions, cues, knowledge);
  if (places.length === 0) return { mentions, cues };
  return { mentions: [...mentions, ...places].sort((a, b) => a.start - b.start), cues };
}

/**
 * "RSF" is Reporters sans frontières or the Rapid Support Forces: the one the article names in full,
 * else the one whose country it names, else the first listed.
 */
function resolveShared(
  mentions: EntityMention[],
  shared: ReadonlyMap<EntityMention, readonly string[]>,
  knowledge: Knowledge,
): void {
  if (shared.size === 0) return;
  const named = new Set(mentions.filter((m) => !shared.has(m)).map((m) => m.entityId));
  mentions.forEach((mention, i) => {
    const ids = shared.get(mention);
    if (!ids) return;
    const country = (id: string) => knowledge.entities.get(id)?.country;
    const pick =
      ids.find((id) => named.has(id)) ?? ids.find((id) => named.has(`country:${country(id)}`)) ?? ids[0]!;
    mentions[i] = { ...mention, entityId: pick };
  });
}

/** "Toulon (Var)": a place in brackets right after a place only says where that place is. */
function qualifiesPrevious(
  mention: EntityMention,
  previous: EntityMention | undefined,
  text: string,
): boolean {
  if (previous?.type !== 'Place' || mention.type === 'Official') return false;
  return /^\s*\(\s*$/.test(text.slice(previous.end, mention.start)) && text[mention.end] === ')';
}

export { spanOf } from './spans.ts';

function resolveMatch(
  match: TrieMatch<MatcherPayload>,
  span: Span,
  sentence: Sentence,
  knowledge: Knowledge,
): EntityMention | DemonymCue | null {
  const entities = match.entries.filter(isEntity);
  const pick = (via: (p: EntityPayload) => boolean) => entities.find((e) => via(e.payload))?.payload;
  const country = pick((p) => p.type === 'Country' && p.via !== 'capital');
  const chosen =
    country ??
    pick((p) => p.type === 'Official') ??
    pick((p) => p.type === 'Organization') ??
    resolveCapital(entities, span, sentence, knowledge) ??
    pick((p) => p.type === 'Place');
  if (chosen?.type === 'Official' && isOtherFirstName(chosen.entityId, span, sentence, knowledge))
    return null;
  if (chosen) {
    const metonymy = chosen.type === 'Country' && chosen.via === 'capital';
    return { ...span, entityId: chosen.entityId, type: chosen.type, metonymy };
  }
  const demonym = match.entries.find((e) => e.payload.kind === 'demonym')?.payload;
  if (demonym?.kind !== 'demonym') return null;
  // French adjectives are written in lower case; "les Russes" names the people.
  const capitalised = sentence.tokens[span.first]!.capitalised;
  const adjective = !demonym.people && (demonym.language === 'en' || !capitalised);
  return { ...span, iso2: demonym.iso2, adjective };
}

type EntityPayload = Extract<MatcherPayload, { kind: 'entity' }>;

function isEntity(entry: TrieEntry<MatcherPayload>): entry is TrieEntry<EntityPayload> {
  return entry.payload.kind === 'entity';
}

function resolveCapital(
  entities: readonly TrieEntry<EntityPayload>[],
  span: Span,
  sentence: Sentence,
  knowledge: Knowledge,
): EntityPayload | undefined {
  const capital = entities.find((e) => e.payload.via === 'capital')?.payload;
  if (!capital) return undefined;
  const before = sentence.tokens[span.first - 1];
  const verbs = sentence.tokens.slice(Math.max(0, span.first - 8), span.first - 1);
  const locative =
    before &&
    ((LOCATIVE.has(before.fold) && !verbs.some((v) => DATIVE_VERB.test(v.fold))) ||
      (STRIKE_PREPOSITIONS.has(before.fold) && verbs.some((v) => STRIKE_WORDS.test(v.fold))));
  const city = knowledge.capitalPlace.get(capital.entityId);
  // "la région de Kiev", "Kyiv oblast": the place, never the state.
  const area = [
    ...sentence.tokens.slice(Math.max(0, span.first - 3), span.first),
    sentence.tokens[span.last],
  ].some((t) => t && AREA_WORDS.has(t.fold));
  const place = entities.find((e) => e.payload.type === 'Place')?.payload;
  if (area)
    return place ?? (city ? { kind: 'entity', entityId: city, type: 'Place', via: 'alias' } : capital);
  // A second seat with a city of its own ("Tel Aviv" beside Jerusalem) names the city, not the state.
  if (place && place.entityId !== city) return place;
  if (locative && city) return { kind: 'entity', entityId: city, type: 'Place', via: 'alias' };
  return capital;
}

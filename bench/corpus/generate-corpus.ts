// A deterministic corpus of realistic French and English news articles: officials, places and countries
// from the gazetteer, events from sentence patterns, dates relative to each article's publication.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleInput } from '../../schema/exchange.ts';
import { createRandom, type Random } from './random.ts';
import {
  type Cast,
  EVENT_KINDS,
  eventSentence,
  fillerSentence,
  type Language,
  type Official,
  type Place,
} from './sentences.ts';
import { COUNTRIES, fullDate, isoDay } from './vocabulary.ts';

interface GazetteerOfficial {
  name: string;
  roles: { role: string; of: string; to: string | null }[];
}
interface GazetteerPlace {
  name: string;
  kind: string;
  country: string | null;
}

const gazetteerDir = fileURLToPath(new URL('../../seeds/gazetteer/', import.meta.url));
const readJson = <T>(name: string): T => JSON.parse(readFileSync(`${gazetteerDir}${name}`, 'utf8')) as T;

export function loadCast(): Cast {
  const byIso = new Map(COUNTRIES.map((c) => [`country:${c.iso2}`, c]));
  const officials: Official[] = readJson<GazetteerOfficial[]>('officials.json').flatMap((o) => {
    const current = o.roles.find((r) => r.to === null && byIso.has(r.of));
    return current ? [{ name: o.name, role: current.role, of: byIso.get(current.of)! }] : [];
  });
  const places: Place[] = readJson<GazetteerPlace[]>('places.json').flatMap((p) => {
    const country = p.country ? byIso.get(`country:${p.country}`) : undefined;
    return country && (p.kind === 'region' || p.kind === 'city') ? [{ name: p.name, country }] : [];
  });
  return { officials, places };
}

const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);

function dateWords(rng: Random, published: number, language: Language): { when: string } {
  const choice = rng.int(0, 2);
  if (choice === 0) return { when: language === 'fr' ? 'hier' : 'yesterday' };
  if (choice === 1) return { when: language === 'fr' ? 'cette semaine' : 'this week' };
  return { when: fullDate(isoDay(new Date(published - rng.int(2, 20) * DAY)), language) };
}

export function generateArticle(index: number, seed: number, cast: Cast): ArticleInput {
  const rng = createRandom(seed * 1_000_003 + index);
  const language: Language = rng.next() < 0.5 ? 'fr' : 'en';
  const published = START + rng.int(0, 700) * DAY;
  const sentences: string[] = [];
  const events = rng.int(3, 6);
  for (let i = 0; i < events; i++) {
    const kind = rng.pick(EVENT_KINDS);
    sentences.push(eventSentence(kind, language, rng, cast, dateWords(rng, published, language).when));
    if (rng.next() < 0.6) sentences.push(fillerSentence(language, rng));
  }
  const title = sentences[0]!.slice(0, 90).replace(/[\s,;.]+\S*$/, '');
  return {
    id: `bench-${seed}-${String(index).padStart(6, '0')}`,
    title,
    url: null,
    publisher: language === 'fr' ? 'Le Banc d’essai' : 'The Test Bench',
    publishedAt: isoDay(new Date(published)),
    language,
    text: `${title}\n\n${sentences.join(' ')}\n`,
  };
}

/** `count` articles for `seed`, always the same ones. */
export function* generateCorpus(count: number, seed = 42): Generator<ArticleInput> {
  const cast = loadCast();
  for (let i = 0; i < count; i++) yield generateArticle(i, seed, cast);
}

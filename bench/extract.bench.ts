// Extraction throughput on a generated corpus: sentence templates of our own, permuted with names from
// small lists, ≥ 1,000 articles in French and English. Prints articles/s and MB/s on one core.
import { performance } from 'node:perf_hooks';
import type { ArticleInput, GraphDocument } from '../schema/exchange.ts';
import { mergeDocuments } from '../server/ingest/graph/merge-documents.ts';
import { createExtractor } from '../server/ingest/index.ts';
import { openBenchParser } from './bench-parser.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1500);

const COUNTRIES = [
  'la France',
  "l'Allemagne",
  'la Pologne',
  "l'Ukraine",
  'les États-Unis',
  'le Royaume-Uni',
  "l'Italie",
];
const COUNTRIES_EN = [
  'France',
  'Germany',
  'Poland',
  'Ukraine',
  'the United States',
  'the United Kingdom',
  'Italy',
];
const PLACES = ['Kharkiv', 'Odessa', 'Belgorod', 'Koursk', 'Briansk', 'Zaporijjia', 'Dnipro'];
const PEOPLE = ['Emmanuel Macron', 'Volodymyr Zelensky', 'Joe Biden', 'Olaf Scholz', 'Vladimir Poutine'];
const NUMBERS = ['douze', 'vingt', 'soixante-dix', '35', '120', 'six'];
const DAYS = ['lundi', 'mardi', 'mercredi', 'samedi', 'hier', 'dans la nuit'];

const FR = [
  '{c1} et {c2} ont signé {d} un accord de sécurité de {n} ans, a annoncé {p1}.',
  'Les défenses aériennes russes ont abattu {d} {n} drones au-dessus de la région de {pl1}, dont {n2} au-dessus de {pl2}.',
  'Le ministre ukrainien de la Défense Andriy Kovalenko a rencontré {p1} à Kiev {d}.',
  "{c1} a annoncé une aide de {n} millions d'euros à l'Ukraine.",
  "Cet accord prévoit des consultations en cas d'attaque contre {c2}.",
  'Le président {p2} a déclaré que les négociations se poursuivaient avec {c1}.',
  "Moscou attribue ces attaques à Kiev, qui n'a pas répondu.",
  'Les discussions ont porté sur la sécurité de la mer Noire et la situation à {pl1}.',
];
const EN = [
  '{c1} and {c2} signed a {n}-year defence pact on Monday, {p1} said.',
  'Russian air defences shot down {n} drones over the {pl1} region overnight.',
  '{p1} met {p2} in Warsaw to discuss the ceasefire proposal.',
  'The {c1} approved $61 billion in aid for Ukraine on Saturday.',
  'NATO Secretary General Jens Stoltenberg said the alliance would stay united.',
];

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length]!;
}

function fill(template: string, i: number, english: boolean): string {
  const countries = english ? COUNTRIES_EN : COUNTRIES;
  return template
    .replace('{c1}', pick(countries, i))
    .replace('{c2}', pick(countries, i + 3))
    .replace('{p1}', pick(PEOPLE, i))
    .replace('{p2}', pick(PEOPLE, i + 2))
    .replace('{pl1}', pick(PLACES, i))
    .replace('{pl2}', pick(PLACES, i + 4))
    .replace('{n}', pick(NUMBERS, i))
    .replace('{n2}', pick(NUMBERS, i + 1))
    .replace('{d}', pick(DAYS, i));
}

function article(i: number): ArticleInput {
  const paragraphs: string[] = [];
  for (let p = 0; p < 6; p++) {
    const english = (i + p) % 4 === 0;
    const templates = english ? EN : FR;
    const sentences = [0, 1, 2].map((s) => fill(pick(templates, i * 7 + p * 3 + s), i + p + s, english));
    paragraphs.push(sentences.join(' '));
  }
  return {
    id: `bench-${i}`,
    title: `Article ${i}`,
    url: null,
    publisher: null,
    publishedAt: `2024-0${(i % 9) + 1}-1${i % 10}`,
    language: null,
    text: paragraphs.join('\n\n'),
  };
}

const corpus = Array.from({ length: ARTICLES }, (_, i) => article(i));
const bytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
const loading = performance.now();
const timed = await openBenchParser();
const extractor = createExtractor({ parser: timed.parser });
const loaded = performance.now();
for (const a of corpus.slice(0, 20)) await extractor.extract(a);
const warm = timed.stats();
const started = performance.now();
let relations = 0;
const docs: GraphDocument[] = [];
for (const a of corpus) {
  const doc = await extractor.extract(a);
  relations += doc.relations.length;
  docs.push(doc);
}
const seconds = (performance.now() - started) / 1000;
const parsed = timed.stats();
const parseSeconds = parsed.seconds - warm.seconds;
await timed.close();

// Merging the articles' documents into one (what `extract` writes): the generated articles restate the
// same few relations, so a cost that grew with a relation's sources would show as a ratio above 2.
const mergeMs = (count: number) => {
  const start = performance.now();
  mergeDocuments(docs.slice(0, count));
  return performance.now() - start;
};
mergeMs(docs.length);
const halfMs = mergeMs(Math.floor(docs.length / 2));
const wholeMs = mergeMs(docs.length);

process.stdout.write(
  `${[
    `extract: ${ARTICLES} articles, ${(bytes / 1e6).toFixed(2)} MB, ${relations} relations`,
    `gazetteer load and compile: ${(loaded - loading).toFixed(0)} ms`,
    `extraction: ${seconds.toFixed(2)} s → ${(ARTICLES / seconds).toFixed(1)} articles/s, ${(bytes / 1e6 / seconds).toFixed(3)} MB/s`,
    `merge into one document: ${wholeMs.toFixed(0)} ms for ${docs.length} articles, ${halfMs.toFixed(0)} ms for half: ×${(wholeMs / halfMs).toFixed(2)} for twice the articles (linear: 2)`,
    `parser (CoreNLP, cached by sentence): ${parsed.sentences - warm.sentences} sentences asked, ${parseSeconds.toFixed(2)} s waited = ${((100 * parseSeconds) / seconds).toFixed(0)} % of extraction; without it ${(ARTICLES / Math.max(0.001, seconds - parseSeconds)).toFixed(1)} articles/s`,
  ].join('\n')}\n`,
);

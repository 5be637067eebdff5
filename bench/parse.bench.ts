// The CoreNLP parser: time for the local server to start and warm up, its memory, and sentences/s for
// distinct news-like sentences of about 25 words (half French, half English) through the real client.
// BENCH_SENTENCES (default 50), BENCH_NLP_CONCURRENCY (default 2), BENCH_NLP_HEAP_MB (default 3072);
// BENCH_NLP_URL measures an existing server instead of starting one.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ParseRequest } from '../server/ingest/parse/parser.ts';
import { freePort } from '../server/local-jvm/index.ts';
import { createCoreNlpParser, startLocalNlp, stopLocalNlp } from '../server/nlp-local/index.ts';

const SENTENCES = Number(process.env.BENCH_SENTENCES ?? 50);
const CONCURRENCY = Number(process.env.BENCH_NLP_CONCURRENCY ?? 2);
const HEAP_MB = Number(process.env.BENCH_NLP_HEAP_MB ?? 3072);

const EN = [
  '{a} and {b} signed a ten-year security agreement in {city} on {day}, promising military aid, training and joint production of drones for the coming years.',
  'Russian air defences said they had shot down {n} drones over the {region} region overnight, while officials in {city} reported damage to an energy facility.',
  'The foreign minister of {a} met his counterpart from {b} in {city} on {day} to discuss sanctions, grain exports and the protection of shipping routes.',
  'Speaking in {city} on {day}, the president of {a} said that {b} would receive a further {n} million euros in humanitarian and military assistance.',
  'Officials from {a} accused {b} of launching a missile attack on {city} that killed at least {n} people and injured dozens more on {day}.',
];
const FR = [
  '{fa} et {fb} ont signé {jour} à {ville} un accord de sécurité de dix ans qui prévoit une aide militaire, des formations et la production commune de drones.',
  'La défense antiaérienne russe affirme avoir abattu {n} drones au-dessus de la région de {region} dans la nuit, tandis que {ville} signale des dégâts sur une centrale.',
  'Le ministre des Affaires étrangères de {fa} a rencontré {jour} à {ville} son homologue de {fb} pour évoquer les sanctions, les exportations de céréales et la navigation.',
  "Le président de {fa} a annoncé {jour} à {ville} que {fb} recevrait une aide supplémentaire de {n} millions d'euros pour la reconstruction des infrastructures énergétiques.",
  "Les autorités de {fa} accusent {fb} d'avoir lancé {jour} une attaque de missiles contre {ville} qui a fait au moins {n} morts et des dizaines de blessés.",
];
const NAMES = ['Poland', 'Ukraine', 'France', 'Germany', 'Italy', 'Romania', 'Lithuania'];
const NOMS = [
  'la Pologne',
  "l'Ukraine",
  'la France',
  "l'Allemagne",
  "l'Italie",
  'la Roumanie',
  'la Lituanie',
];
const CITIES = ['Warsaw', 'Kyiv', 'Paris', 'Berlin', 'Rome', 'Bucharest', 'Vilnius', 'Odesa'];
const VILLES = ['Varsovie', 'Kiev', 'Paris', 'Berlin', 'Rome', 'Bucarest', 'Vilnius', 'Odessa'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const REGIONS = ['Belgorod', 'Kursk', 'Bryansk', 'Kharkiv', 'Zaporizhzhia'];

const at = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

function sentence(i: number): ParseRequest {
  const k = Math.floor(i / 2);
  const fill = (template: string) =>
    template
      .replace('{a}', at(NAMES, k))
      .replace('{b}', at(NAMES, k + 3))
      .replace('{fa}', at(NOMS, k))
      .replace('{fb}', at(NOMS, k + 3))
      .replace('{city}', at(CITIES, k + 1))
      .replace('{ville}', at(VILLES, k + 1))
      .replace('{day}', at(DAYS, k))
      .replace('{jour}', at(JOURS, k))
      .replace('{region}', at(REGIONS, k))
      .replace('{n}', String(12 + k * 7));
  return i % 2 === 0 ? { language: 'en', text: fill(at(EN, k)) } : { language: 'fr', text: fill(at(FR, k)) };
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Math.round(Number(line[1]) / 1024) : Number.NaN;
}

const requests = Array.from({ length: 2 * SENTENCES }, (_, i) => sentence(i));
let url = process.env.BENCH_NLP_URL;
let dataDir: string | undefined;
let pid: number | undefined;
if (!url) {
  dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-nlp-'));
  const began = performance.now();
  const state = await startLocalNlp({
    dataDir,
    port: await freePort(),
    heapMb: HEAP_MB,
    ownerPid: process.pid,
  });
  ({ url, pid } = state);
  console.log(`start + warm-up (both languages): ${((performance.now() - began) / 1000).toFixed(1)} s`);
  console.log(`JVM RSS after warm-up: ${rssMb(pid)} MB (heap limit ${HEAP_MB} MB)`);
}
try {
  const parser = createCoreNlpParser({ url, concurrency: CONCURRENCY });
  // Two runs of distinct sentences: the first right after the warm-up, the second once the JIT has
  // compiled the parser's hot paths.
  for (const [name, batch] of [
    ['first', requests.slice(0, SENTENCES)],
    ['second', requests.slice(SENTENCES)],
  ] as const) {
    const words = batch.reduce((sum, r) => sum + r.text.split(/\s+/).length, 0);
    const began = performance.now();
    const parses = await parser.parse(batch);
    const seconds = (performance.now() - began) / 1000;
    const tokens = parses.reduce((sum, p) => sum + p.words.length, 0);
    console.log(
      `${name} ${SENTENCES} sentences (${(words / SENTENCES).toFixed(1)} words, ${(tokens / SENTENCES).toFixed(1)} tokens ` +
        `on average) at concurrency ${CONCURRENCY}: ${seconds.toFixed(2)} s = ${(SENTENCES / seconds).toFixed(1)} ` +
        `sentences/s, ${Math.round(tokens / seconds)} tokens/s`,
    );
  }
  if (pid) console.log(`JVM RSS after the runs: ${rssMb(pid)} MB`);
} finally {
  if (dataDir) {
    await stopLocalNlp(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

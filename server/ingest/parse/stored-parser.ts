// Parses stored in a JSON file, so unit tests run the real extraction rules without a parser server.
// A sentence missing from the file is an error that says how to record it; with `record`, misses are
// parsed by that parser instead and written to the file at once (sorted, one parse per line, so
// re-recording gives small diffs). Writing at once needs no close() from test code, and each write
// re-reads the file and adds to it, so test files recording into one store in parallel workers keep
// each other's parses.
//
// {"format":"newsgraph-parses/1","parses":{
// "<parseKey>":{"language":"en","text":"…","words":[[id,form,lemma,pos,head,deprel,start,end],…]},
// …}}
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Language } from '../text/segment.ts';
import { parseKey } from './parse-key.ts';
import type { ParsedWord, ParseRequest, SentenceParser } from './parser.ts';

export const PARSES_FORMAT = 'newsgraph-parses/1';

type StoredWord = [number, string, string, string, number, string, number, number];

interface StoredParse {
  readonly language: Language;
  readonly text: string;
  readonly words: readonly StoredWord[];
}

export interface StoredParserOptions {
  /** Parses the sentences missing from the file, which are then added to it. Not closed here. */
  readonly record?: SentenceParser;
}

export function storedParser(file: string, options: StoredParserOptions = {}): SentenceParser {
  const stored = readStore(file);

  const parseMisses = async (requests: readonly ParseRequest[]): Promise<void> => {
    const misses = new Map<string, ParseRequest>();
    for (const request of requests) {
      const key = parseKey(request);
      if (!stored.has(key)) misses.set(key, request);
    }
    if (misses.size === 0) return;
    if (!options.record) throw missing([...misses.values()][0]!, file, misses.size);
    const parses = await options.record.parse([...misses.values()]);
    const recorded = new Map<string, StoredParse>();
    [...misses].forEach(([key, request], i) => {
      const parse = { language: request.language, text: request.text, words: parses[i]!.words.map(toStored) };
      stored.set(key, parse);
      recorded.set(key, parse);
    });
    addToStore(file, recorded);
  };

  return {
    async parse(requests) {
      await parseMisses(requests);
      return requests.map((request) => ({ words: stored.get(parseKey(request))!.words.map(fromStored) }));
    },
  };
}

function missing(request: ParseRequest, file: string, count: number): Error {
  const others = count > 1 ? ` (and ${count - 1} more)` : '';
  return new Error(
    `no stored parse for the ${request.language} sentence "${request.text}"${others} in ${file}; ` +
      'run `npm run test:record-parses` to record it with CoreNLP',
  );
}

function readStore(file: string): Map<string, StoredParse> {
  const stored = new Map<string, StoredParse>();
  if (!existsSync(file)) return stored;
  let document: { format?: unknown; parses?: Record<string, StoredParse> };
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`stored parses ${file} are not JSON: ${(error as Error).message}`, { cause: error });
  }
  if (document.format !== PARSES_FORMAT || typeof document.parses !== 'object' || !document.parses) {
    throw new Error(`stored parses ${file}: expected {"format":"${PARSES_FORMAT}","parses":{…}}`);
  }
  for (const [key, parse] of Object.entries(document.parses)) {
    if (
      typeof parse?.text !== 'string' ||
      !Array.isArray(parse.words) ||
      !['en', 'fr'].includes(parse.language)
    ) {
      throw new Error(`stored parses ${file}: entry ${key} needs language (en|fr), text and words`);
    }
    // Keyed afresh, so an entry edited by hand is found by its text.
    stored.set(parseKey(parse), parse);
  }
  return stored;
}

/** Re-reads the file, adds `recorded` and replaces it in one synchronous step (rename is atomic). */
function addToStore(file: string, recorded: ReadonlyMap<string, StoredParse>): void {
  const all = readStore(file);
  for (const [key, parse] of recorded) all.set(key, parse);
  const lines = [...all]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, parse]) => `${JSON.stringify(key)}:${JSON.stringify(parse)}`);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `{"format":"${PARSES_FORMAT}","parses":{\n${lines.join(',\n')}\n}}\n`);
  renameSync(temporary, file);
}

function toStored(word: ParsedWord): StoredWord {
  return [word.id, word.form, word.lemma, word.pos, word.head, word.deprel, word.start, word.end];
}

function fromStored([id, form, lemma, pos, head, deprel, start, end]: StoredWord): ParsedWord {
  return { id, form, lemma, pos, head, deprel, start, end };
}

// The SentenceParser of a Stanford CoreNLP server: one HTTP request per sentence, read as one sentence
// (ssplit.isOneSentence) so the parse matches our own segmentation, at most `concurrency` in flight.
import { AppError, excerpt } from '../../schema/errors.ts';
import type { ParseRequest, SentenceParse, SentenceParser } from '../ingest/parse/parser.ts';
import type { Language } from '../ingest/text/segment.ts';
import { readCoreNlpJson } from './read-corenlp-json.ts';

export interface CoreNlpParserOptions {
  /** The server, e.g. http://127.0.0.1:9000 (a path prefix is kept). */
  readonly url: string;
  /** Requests in flight at once, across all parse() calls of this parser; default 8 (devset sentences on
   * 2 cores against the server's 4 threads: 38/s at 2, 58–65/s at 4, 97/s at 8). */
  readonly concurrency?: number;
  /** Per request; default 120 s, since the first request of a language loads its models. */
  readonly timeoutMs?: number;
}

// Annotators are always explicit: CoreNLP's English default list loads NER and coreference (30 s).
// The lemma annotator is a dictionary for English and only lower-cases French (no French lemmatiser).
const PROPERTIES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: { annotators: 'tokenize,ssplit,pos,lemma,depparse', 'tokenize.language': 'en' },
  fr: { annotators: 'tokenize,ssplit,mwt,pos,lemma,depparse', pipelineLanguage: 'french' },
};

export function createCoreNlpParser(options: CoreNlpParserOptions): SentenceParser {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const limit = createLimit(options.concurrency ?? 8);
  const endpoints = {
    en: endpoint(options.url, 'en'),
    fr: endpoint(options.url, 'fr'),
  };
  const parseOne = async (request: ParseRequest): Promise<SentenceParse> => {
    if (request.text.trim() === '') return { words: [] };
    const text = straightApostrophes(request.text);
    const json = await limit(() => post(endpoints[request.language], text, options.url, timeoutMs));
    try {
      return withOriginalForms(readCoreNlpJson(json), request.text);
    } catch (error) {
      throw failure(
        'NLP_FAILED',
        options.url,
        request.text,
        `unreadable answer: ${(error as Error).message}`,
      );
    }
  };
  return { parse: (requests) => Promise.all(requests.map(parseOne)) };
}

/**
 * CoreNLP's French tokenizer splits "l'accord" but not "l’accord": typographic apostrophes become
 * straight ones, one character for one, so offsets still point into the original text.
 */
function straightApostrophes(text: string): string {
  return text.replace(/[’‘ʼ]/g, "'");
}

/** Words whose text only lost its typographic apostrophe get it back, so each still slices out. */
function withOriginalForms(parse: SentenceParse, original: string): SentenceParse {
  return {
    words: parse.words.map((w) => {
      const source = original.slice(w.start, w.end);
      return source !== w.form && straightApostrophes(source) === w.form ? { ...w, form: source } : w;
    }),
  };
}

function endpoint(url: string, language: Language): string {
  const properties = { ...PROPERTIES[language], outputFormat: 'json', 'ssplit.isOneSentence': 'true' };
  const target = new URL(url);
  target.searchParams.set('properties', JSON.stringify(properties));
  return target.href;
}

async function post(target: string, text: string, url: string, timeoutMs: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(target, {
      method: 'POST',
      // Without text/plain CoreNLP URL-decodes the body ("+" → space, "%" breaks).
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: text,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${timeoutMs} ms`
        : `unreachable (${networkCode(error)})`;
    throw failure('SERVICE_UNAVAILABLE', url, text, reason, error);
  }
  const body = await response.text();
  if (!response.ok) throw failure('NLP_FAILED', url, text, `HTTP ${response.status}: ${excerpt(body)}`);
  try {
    return JSON.parse(body);
  } catch (error) {
    throw failure('NLP_FAILED', url, text, `not JSON: ${excerpt(body)}`, error);
  }
}

function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

function failure(
  code: 'NLP_FAILED' | 'SERVICE_UNAVAILABLE',
  url: string,
  text: string,
  reason: string,
  cause?: unknown,
): AppError {
  return new AppError(code, `CoreNLP at ${url} failed on "${excerpt(text, 60)}": ${reason}`, { cause });
}

/** At most `slots` tasks run at once; a finished task hands its slot straight to the next in line. */
function createLimit(slots: number): <T>(task: () => Promise<T>) => Promise<T> {
  if (!Number.isInteger(slots) || slots < 1)
    throw new Error(`concurrency must be a positive integer: ${slots}`);
  let active = 0;
  const waiting: (() => void)[] = [];
  const acquire = (): Promise<void> => {
    if (active < slots) {
      active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };
  return async (task) => {
    await acquire();
    try {
      return await task();
    } finally {
      release();
    }
  };
}

// The CoreNLP client against a fake server on a free port: what it sends, how many requests it keeps in
// flight, and what its errors say. The real CoreNLP is exercised in test/integration.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../local-jvm/index.ts';
import { createCoreNlpParser } from './corenlp-parser.ts';

interface Seen {
  readonly properties: Record<string, string>;
  readonly contentType: string | undefined;
  readonly body: string;
}

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A fake CoreNLP answering each text as one PROPN token, after `delayMs`; records what it received. */
async function fakeCoreNlp(options: { delayMs?: number; status?: number } = {}) {
  const seen: Seen[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  server = createServer(async (request: IncomingMessage, response) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let body = '';
    for await (const chunk of request) body += chunk;
    const url = new URL(request.url!, 'http://x');
    seen.push({
      properties: JSON.parse(url.searchParams.get('properties')!),
      contentType: request.headers['content-type'],
      body,
    });
    await new Promise((done) => setTimeout(done, options.delayMs ?? 0));
    inFlight -= 1;
    if (options.status) {
      response.writeHead(options.status).end('java.lang.RuntimeException: boom');
      return;
    }
    const tokens = [
      { index: 1, word: body, characterOffsetBegin: 0, characterOffsetEnd: body.length, pos: 'NNP' },
    ];
    response.end(
      JSON.stringify({
        sentences: [{ tokens, basicDependencies: [{ dep: 'ROOT', governor: 0, dependent: 1 }] }],
      }),
    );
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', () => done()));
  const url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  return { url, seen, maxInFlight: () => maxInFlight };
}

describe('createCoreNlpParser', () => {
  it('sends each sentence as text/plain with explicit one-sentence properties for its language', async () => {
    const fake = await fakeCoreNlp();
    const parser = createCoreNlpParser({ url: fake.url });
    const parses = await parser.parse([
      { language: 'en', text: 'Kyiv+Warsaw 100%' },
      { language: 'fr', text: 'Varsovie' },
    ]);
    expect(parses.map((p) => p.words[0]!.form)).toEqual(['Kyiv+Warsaw 100%', 'Varsovie']);
    expect(parses[0]!.words[0]).toMatchObject({ pos: 'PROPN', head: 0, deprel: 'root', start: 0, end: 16 });
    const byBody = new Map(fake.seen.map((s) => [s.body, s]));
    expect(byBody.get('Kyiv+Warsaw 100%')!.contentType).toMatch(/^text\/plain/);
    expect(byBody.get('Kyiv+Warsaw 100%')!.properties).toMatchObject({
      annotators: 'tokenize,ssplit,pos,lemma,depparse',
      'ssplit.isOneSentence': 'true',
      outputFormat: 'json',
    });
    expect(byBody.get('Varsovie')!.properties).toMatchObject({
      annotators: 'tokenize,ssplit,mwt,pos,lemma,depparse',
      pipelineLanguage: 'french',
    });
  });

  it('keeps at most `concurrency` requests in flight across calls, answering in request order', async () => {
    const fake = await fakeCoreNlp({ delayMs: 20 });
    const parser = createCoreNlpParser({ url: fake.url, concurrency: 2 });
    const texts = Array.from({ length: 7 }, (_, i) => `S${i}`);
    const [a, b] = await Promise.all([
      parser.parse(texts.slice(0, 4).map((text) => ({ language: 'en' as const, text }))),
      parser.parse(texts.slice(4).map((text) => ({ language: 'fr' as const, text }))),
    ]);
    expect([...a!, ...b!].map((p) => p.words[0]!.form)).toEqual(texts);
    expect(fake.maxInFlight()).toBe(2);
  });

  it('answers a blank text with no words and no request', async () => {
    const fake = await fakeCoreNlp();
    expect(await createCoreNlpParser({ url: fake.url }).parse([{ language: 'en', text: '  ' }])).toEqual([
      { words: [] },
    ]);
    expect(fake.seen).toEqual([]);
  });

  it('names the URL and the sentence when the server fails', async () => {
    const fake = await fakeCoreNlp({ status: 500 });
    const parser = createCoreNlpParser({ url: fake.url });
    await expect(parser.parse([{ language: 'en', text: 'Kyiv signed a deal.' }])).rejects.toMatchObject({
      code: 'NLP_FAILED',
      message: expect.stringMatching(
        new RegExp(`^CoreNLP at ${fake.url} failed on "Kyiv signed a deal\\.": HTTP 500: java\\.lang`),
      ),
    });
  });

  it('reports a server that does not answer in time, or at all, as unavailable', async () => {
    const slow = await fakeCoreNlp({ delayMs: 500 });
    await expect(
      createCoreNlpParser({ url: slow.url, timeoutMs: 50 }).parse([{ language: 'fr', text: 'Lent.' }]),
    ).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: expect.stringContaining('no answer within 50 ms'),
    });
    const closed = `http://127.0.0.1:${await freePort()}`;
    await expect(
      createCoreNlpParser({ url: closed }).parse([{ language: 'en', text: 'Nobody home.' }]),
    ).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: `CoreNLP at ${closed} failed on "Nobody home.": unreachable (ECONNREFUSED)`,
    });
  });
});

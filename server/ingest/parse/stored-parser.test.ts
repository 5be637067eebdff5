import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedWord, ParseRequest, SentenceParser } from './parser.ts';
import { storedParser } from './stored-parser.ts';

const signed: ParsedWord[] = [
  { id: 1, form: 'Kyiv', lemma: 'Kyiv', pos: 'PROPN', head: 2, deprel: 'nsubj', start: 0, end: 4 },
  { id: 2, form: 'signed', lemma: 'sign', pos: 'VERB', head: 0, deprel: 'root', start: 5, end: 11 },
  { id: 3, form: '.', lemma: '.', pos: 'PUNCT', head: 2, deprel: 'punct', start: 11, end: 12 },
];

/** Parses "Kyiv signed." as above and anything else as one root word; counts the sentences it saw. */
function recordingParser(): SentenceParser & { seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    async parse(requests: readonly ParseRequest[]) {
      seen.push(...requests.map((r) => r.text));
      return requests.map((r) => ({
        words:
          r.text === 'Kyiv signed.'
            ? signed
            : [
                {
                  id: 1,
                  form: r.text,
                  lemma: r.text,
                  pos: 'X',
                  head: 0,
                  deprel: 'root',
                  start: 0,
                  end: r.text.length,
                },
              ],
      }));
    },
  };
}

describe('storedParser', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-parses-'));
    file = join(dir, 'parses.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('records misses with the record parser and reads them back without it', async () => {
    const record = recordingParser();
    const recording = storedParser(file, { record });
    expect(await recording.parse([{ language: 'en', text: 'Kyiv signed.' }])).toEqual([{ words: signed }]);

    const replay = storedParser(file);
    expect(await replay.parse([{ language: 'en', text: 'Kyiv signed.' }])).toEqual([{ words: signed }]);
    expect(record.seen).toEqual(['Kyiv signed.']);
  });

  it('throws on a miss, naming the sentence and how to record it', async () => {
    const parser = storedParser(file);
    await expect(parser.parse([{ language: 'fr', text: "L'Ukraine a signé." }])).rejects.toThrow(
      /no stored parse for the fr sentence "L'Ukraine a signé\." .*npm run test:record-parses/,
    );
  });

  it('writes sorted keys, one parse per line, and keeps what was already stored', async () => {
    const first = storedParser(file, { record: recordingParser() });
    await first.parse([{ language: 'en', text: 'B.' }]);
    const record = recordingParser();
    const second = storedParser(file, { record });
    await second.parse([
      { language: 'en', text: 'B.' },
      { language: 'fr', text: 'A.' },
      { language: 'en', text: 'C.' },
    ]);

    expect(record.seen).toEqual(['A.', 'C.']);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('{"format":"newsgraph-parses/1","parses":{');
    expect(lines.at(-1)).toBe('}}');
    const keys = lines.slice(1, -1).map((line) => JSON.parse(`{${line.replace(/,$/, '')}}`));
    expect(keys).toHaveLength(3);
    const order = keys.map((entry) => Object.keys(entry)[0]!);
    expect(order).toEqual([...order].sort());
    expect(JSON.parse(readFileSync(file, 'utf8')).parses[order[0]!].words[0]).toHaveLength(8);
  });

  it('keeps the parses another recorder added to the file meanwhile', async () => {
    const one = storedParser(file, { record: recordingParser() });
    const other = storedParser(file, { record: recordingParser() });
    await one.parse([{ language: 'en', text: 'One.' }]);
    await other.parse([{ language: 'en', text: 'Other.' }]);
    const replay = storedParser(file);
    await expect(
      replay.parse([
        { language: 'en', text: 'One.' },
        { language: 'en', text: 'Other.' },
      ]),
    ).resolves.toHaveLength(2);
  });

  it('leaves the file untouched when nothing was recorded', async () => {
    const parser = storedParser(file, { record: recordingParser() });
    writeFileSync(file, '{"format":"newsgraph-parses/1","parses":{}}');
    await parser.parse([]);
    expect(readFileSync(file, 'utf8')).toBe('{"format":"newsgraph-parses/1","parses":{}}');
  });

  it('refuses a file of another format, naming it', () => {
    writeFileSync(file, '{"format":"something-else","parses":{}}');
    expect(() => storedParser(file)).toThrow(`stored parses ${file}: expected`);
  });
});

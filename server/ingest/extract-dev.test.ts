import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testParser } from '../../test/fixtures/test-parser.ts';
import { parseGoldKey } from './eval/gold-key.ts';
import { scoreGraph } from './eval/score-graph.ts';
import { extractPaths } from './extract-paths.ts';
import { createExtractor } from './extractor.ts';

// Twelve articles written to test generalisation (not the seeds): the rules must keep scoring on them.
const root = new URL('../../', import.meta.url).pathname;
const folder = `${root}test/fixtures/dev-articles`;
const gold = parseGoldKey(JSON.parse(readFileSync(`${folder}/dev.gold.json`, 'utf8')), 'dev.gold.json');

describe('extraction of the development articles', () => {
  it('reads every development article and skips the answer key beside them', async () => {
    const { document, failures } = await extractPaths(
      [folder],
      createExtractor({ parser: testParser('articles') }),
    );
    expect(failures).toEqual([]);
    expect(document.articles).toHaveLength(12);
  });

  it('keeps the development scores at or above the level reached', async () => {
    const { document } = await extractPaths([folder], createExtractor({ parser: testParser('articles') }));
    const score = scoreGraph(document, gold);
    expect(score.entities.all!.f1).toBeGreaterThanOrEqual(0.985);
    expect(score.relations.all!.f1).toBeGreaterThanOrEqual(0.97);
    expect(score.dates.accuracy).toBeGreaterThanOrEqual(0.99);
    expect(score.mentions.f1).toBeGreaterThanOrEqual(0.985);
  });
});

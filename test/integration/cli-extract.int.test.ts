import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { validateGraphDocument } from '../../schema/exchange.ts';

const root = new URL('../../', import.meta.url).pathname;
const run = promisify(execFile);

async function newsgraph(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    // The run's CoreNLP, so the command does not start one of its own.
    const env = { ...process.env, NEWSGRAPH_NLP_URL: inject('nlpUrl'), LOG_LEVEL: 'warn' };
    const { stdout, stderr } = await run('node', [`${root}bin/newsgraph.js`, ...args], { cwd: root, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('newsgraph extract and eval', () => {
  it('extracts the good files of a folder, lists the bad ones and exits with 1', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'newsgraph-cli-')), 'graph.json');
    const { code, stderr } = await newsgraph(['extract', `${root}test/fixtures/inputs`, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/extracted 10 article\(s\)/);
    expect(stderr).toMatch(/6 input\(s\) failed/);
    expect(stderr).toMatch(/lines\.jsonl:2: malformed JSON line/);
    expect(stderr).toMatch(/latin1\.txt: not valid UTF-8, read as Windows-1252/);
    expect(stderr).toMatch(/deutsch\.txt: text detected as German/);
    const doc = validateGraphDocument(JSON.parse(readFileSync(out, 'utf8')));
    expect(doc.articles.map((a) => a.id)).toContain('from-manifest');
  }, 60_000);

  it('scores the seeds against the answer key', async () => {
    const { code, stdout } = await newsgraph([
      'eval',
      '--gold',
      `${root}test/fixtures/seeds.gold.json`,
      `${root}seeds/articles`,
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^score: entities F1 \d+\.\d · relations F1 \d+\.\d · dates \d+\.\d · mentions F1 \d+\.\d$/m,
    );
  }, 60_000);
});

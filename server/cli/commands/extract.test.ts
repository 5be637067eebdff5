import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { validateGraphDocument } from '../../../schema/exchange.ts';

const root = new URL('../../../', import.meta.url).pathname;
const run = promisify(execFile);

async function newsgraph(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [`${root}bin/newsgraph.js`, ...args], { cwd: root });
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
    expect(stderr).toMatch(/extracted 7 article\(s\)/);
    expect(stderr).toMatch(/7 input\(s\) failed/);
    expect(stderr).toMatch(/lines\.jsonl:2: malformed JSON line/);
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

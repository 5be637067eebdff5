import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateGraphDocument } from '../../schema/exchange.ts';
import type { Graph } from '../../server/graph/tx.ts';
import { normalizeDoc } from '../support/normalize-doc.ts';
import { clearGraph, openTestGraph } from '../support/test-graph.ts';
import { testNeo4j } from '../support/test-neo4j.ts';

const run = promisify(execFile);

/** The real `newsgraph` command against the run's Neo4j; resolves with its exit code and output. */
async function newsgraph(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // The run's Neo4j and CoreNLP: the command extracts with the real parser and starts nothing of its own.
  const env = {
    ...process.env,
    NEO4J_URI: testNeo4j.uri(),
    NEWSGRAPH_NLP_URL: inject('nlpUrl'),
    LOG_LEVEL: 'warn',
  };
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/newsgraph.js', ...args], {
      env,
      maxBuffer: 64 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the ingest, export, import and remove commands', () => {
  let graph: Graph;
  let dir: string;
  beforeAll(async () => {
    graph = openTestGraph();
    await clearGraph(graph);
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
  });
  afterAll(async () => {
    await clearGraph(graph);
    await graph.driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingests the seed articles and prints a JSON summary', async () => {
    const result = await newsgraph('ingest', 'seeds/articles', '--json');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.articlesRead).toBe(5);
    expect(summary.load).toMatchObject({ articlesLoaded: 5, articlesFailed: [] });
    expect(summary.load.relationsCreated).toBeGreaterThan(0);
  });

  it('reports unchanged articles when the same files are ingested again', async () => {
    const summary = JSON.parse((await newsgraph('ingest', 'seeds/articles', '--json')).stdout);
    expect(summary.load).toMatchObject({ articlesLoaded: 0, articlesUnchanged: 5, entitiesCreated: 0 });
  });

  it('exports a valid document that imports into an empty graph and exports the same again', async () => {
    const first = join(dir, 'first.json');
    expect((await newsgraph('export', '--out', first)).code).toBe(0);
    const exported = validateGraphDocument(JSON.parse(readFileSync(first, 'utf8')));
    expect(exported.articles).toHaveLength(5);
    await clearGraph(graph);
    expect((await newsgraph('import', first)).code).toBe(0);
    const second = join(dir, 'second.json');
    await newsgraph('export', '--out', second);
    expect(normalizeDoc(JSON.parse(readFileSync(second, 'utf8')))).toEqual(normalizeDoc(exported));
  });

  it('removes an article and says which ids were not stored', async () => {
    const result = await newsgraph('remove', '000_eafa58dc04d528e9', 'not-an-article', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      articles: ['000_eafa58dc04d528e9'],
      missing: ['not-an-article'],
    });
  });

  it('refuses an invalid document in one line naming the file and the field', async () => {
    const result = await newsgraph('import', 'package.json');
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^newsgraph: INVALID_DOCUMENT: package\.json: format: /);
  });

  it('refuses a document with an impossible calendar date, naming the file and the field, and stores none of it', async () => {
    const exported = JSON.parse(readFileSync('test/fixtures/api-graph.json', 'utf8'));
    await clearGraph(graph);
    const cases = [
      [
        'article-date.json',
        'articles.0.publishedAt',
        '2024-02-30',
        (doc: typeof exported) => {
          doc.articles[0].publishedAt = '2024-02-30';
        },
      ],
      [
        'relation-date.json',
        'relations.0.date',
        '2024-13-45',
        (doc: typeof exported) => {
          doc.relations[0].date = '2024-13-45';
        },
      ],
    ] as const;
    for (const [name, field, date, spoil] of cases) {
      const doc = structuredClone(exported);
      spoil(doc);
      const file = join(dir, name);
      writeFileSync(file, JSON.stringify(doc));
      const result = await newsgraph('import', file);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${name}: ${field}: "${date}" is not a calendar date`);
    }
    const { records } = await graph.driver.executeQuery(
      'MATCH (n) RETURN count(n) AS n',
      {},
      {
        database: graph.database,
      },
    );
    expect(records[0]!.get('n').toNumber()).toBe(0);
  });

  it('reports every skipped or doubtful input in the summary and in --json: read warnings and link loops', async () => {
    const inputs = join(dir, 'doubtful');
    mkdirSync(inputs);
    writeFileSync(
      join(inputs, 'undated.txt'),
      'publishedAt: not-a-date\n---\nKyiv said Moscow lied about the strikes.',
    );
    symlinkSync(join(inputs, 'loop-b.txt'), join(inputs, 'loop-a.txt'));
    symlinkSync(join(inputs, 'loop-a.txt'), join(inputs, 'loop-b.txt'));
    const json = await newsgraph('ingest', inputs, '--json');
    expect(json.code).toBe(1);
    const summary = JSON.parse(json.stdout);
    expect(summary.readWarnings).toContainEqual({
      file: join(inputs, 'undated.txt'),
      message: expect.stringContaining('publishedAt "not-a-date" is not a date'),
    });
    expect(summary.readFailures).toContainEqual({
      file: join(inputs, 'loop-a.txt'),
      message: expect.stringMatching(/^symbolic link loop/),
    });
    const text = await newsgraph('ingest', inputs);
    expect(text.stdout).toMatch(/warning .*undated\.txt: publishedAt "not-a-date" is not a date/);
    expect(text.stdout).toMatch(/failed .*loop-a\.txt: symbolic link loop/);
  });
});

import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ReadResult, readArticles } from './read-articles.ts';

const INPUTS = new URL('../../../test/fixtures/inputs/', import.meta.url).pathname;

async function readAll(paths: string[]): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const r of readArticles(paths)) results.push(r);
  return results;
}

const ok = (results: ReadResult[], name: string) => {
  const found = results.find((r) => r.ok && basename(r.file) === name);
  if (!found?.ok) throw new Error(`no article from ${name}`);
  return found;
};
const failed = (results: ReadResult[], name: string) =>
  results.filter((r) => !r.ok && basename(r.file) === name);

describe('readArticles', () => {
  it('skips answer keys (*.gold.json) found in a folder of articles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-gold-'));
    writeFileSync(join(dir, 'a.txt'), 'Kiev a signé un accord.');
    writeFileSync(join(dir, 'dev.gold.json'), '{"format":"newsgraph-gold/1"}');
    const results = await readAll([dir]);
    expect(results.map((r) => [basename(r.file), r.ok])).toEqual([['a.txt', true]]);
  });

  it('reads a .txt header block ended by ---', async () => {
    const { article } = ok(await readAll([join(INPUTS, 'header.txt')]), 'header.txt');
    expect(article).toMatchObject({
      id: 'header',
      publisher: 'Exemple Presse',
      publishedAt: '2024-05-02',
      language: 'fr',
    });
    expect(article.text.trim()).toMatch(/^La Pologne/);
  });

  it('reads Markdown front matter and drops the markup', async () => {
    const { article } = ok(await readAll([join(INPUTS, 'front-matter.md')]), 'front-matter.md');
    expect(article).toMatchObject({
      id: 'md-article',
      title: 'Drones over Belgorod',
      publishedAt: '2024-06-14',
    });
    expect(article.text).toContain('shot down twenty drones over the Belgorod region overnight');
  });

  it('takes the main text of an HTML page through Readability', async () => {
    const { article } = ok(await readAll([join(INPUTS, 'page.html')]), 'page.html');
    expect(article.title).toBe('Talks in Warsaw');
    expect(article.text).toContain('Emmanuel Macron met Olaf Scholz');
    expect(article.text).not.toContain('Home');
  });

  it("takes an HTML page's date, URL, title and publisher from its metadata", async () => {
    const { article, warnings } = ok(await readAll([join(INPUTS, 'metadata.html')]), 'metadata.html');
    expect(article).toMatchObject({
      title: 'Drone strike hits Odesa port',
      url: 'https://wire.example.org/world/odesa-port-strike',
      publisher: 'Example Wire',
      publishedAt: '2024-07-21',
    });
    expect(warnings).toBeUndefined();
  });

  it('lets the manifest win over what an HTML page says about itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-html-manifest-'));
    copyFileSync(join(INPUTS, 'metadata.html'), join(dir, 'page.html'));
    const manifest = { articles: [{ id: 'page', publisher: 'Agence Exemple', publishedAt: '2024-07-20' }] };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const { article } = ok(await readAll([dir]), 'page.html');
    expect(article).toMatchObject({
      publisher: 'Agence Exemple',
      publishedAt: '2024-07-20',
      url: 'https://wire.example.org/world/odesa-port-strike',
    });
  });

  it('fills the fields a JSON item leaves empty from the metadata of its inline HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-json-html-'));
    const html = readFileSync(join(INPUTS, 'metadata.html'), 'utf8');
    writeFileSync(
      join(dir, 'item.json'),
      JSON.stringify({ id: 'item', title: 'Own title', url: null, html }),
    );
    const { article } = ok(await readAll([dir]), 'item.json');
    expect(article).toMatchObject({
      title: 'Own title',
      url: 'https://wire.example.org/world/odesa-port-strike',
      publishedAt: '2024-07-21',
    });
    expect(article.text).toContain('struck the port of Odesa');
  });

  it('reads one article from .json, keeping the day of a timestamp', async () => {
    const { article } = ok(await readAll([join(INPUTS, 'one.json')]), 'one.json');
    expect(article).toMatchObject({ id: 'json-one', publishedAt: '2024-06-14' });
  });

  it('reads .jsonl line by line and reports bad lines with their number', async () => {
    const results = (await readAll([join(INPUTS, 'lines.jsonl')])).filter(
      (r) => basename(r.file) === 'lines.jsonl',
    );
    expect(results.filter((r) => r.ok).map((r) => r.ok && r.article.id)).toEqual(['line-1', 'line-4']);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.line)).toEqual([2, 5]);
  });

  it('takes metadata from a manifest.json above the file', async () => {
    const { article } = ok(await readAll([join(INPUTS, 'nested')]), 'from-manifest.txt');
    expect(article).toMatchObject({
      id: 'from-manifest',
      publisher: 'Manifest Press',
      publishedAt: '2024-06-14',
    });
  });

  it('reports empty, binary, unknown and article-less files and goes on', async () => {
    const results = await readAll([INPUTS]);
    expect(failed(results, 'empty.txt')[0]).toMatchObject({ error: 'empty file' });
    expect(failed(results, 'archive.txt')[0]).toMatchObject({ error: expect.stringMatching(/binary/) });
    expect(failed(results, 'notes.docx')[0]).toMatchObject({
      error: expect.stringMatching(/unsupported extension/),
    });
    expect(failed(results, 'no-article.html')[0]).toMatchObject({
      error: expect.stringMatching(/no article/),
    });
    expect(results.filter((r) => r.ok)).toHaveLength(10);
  });

  it('reads a file that is not UTF-8 as Windows-1252, with a warning naming the file', async () => {
    const { article, warnings } = ok(await readAll([join(INPUTS, 'latin1.txt')]), 'latin1.txt');
    expect(article.text).toContain('été à Paris');
    expect(warnings?.[0]).toMatch(/^latin1\.txt: not valid UTF-8, read as Windows-1252/);
  });

  it('warns, naming the file and the language, when an article is neither French nor English', async () => {
    const { warnings } = ok(await readAll([join(INPUTS, 'deutsch.txt')]), 'deutsch.txt');
    expect(warnings).toEqual([expect.stringMatching(/^deutsch\.txt: text detected as German \(de\)/)]);
  });

  it('gives French and English articles no language warning', async () => {
    const results = (await readAll([INPUTS])).filter((r) => r.ok && basename(r.file) !== 'deutsch.txt');
    const warnings = results.flatMap((r) => (r.ok ? (r.warnings ?? []) : []));
    expect(warnings.filter((w) => /French or English|French nor English/.test(w))).toEqual([]);
  });

  it('refuses a file over the size limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-big-'));
    const file = join(dir, 'big.txt');
    writeFileSync(file, 'x');
    truncateSync(file, 11 * 1024 * 1024);
    expect((await readAll([file]))[0]).toMatchObject({
      ok: false,
      error: expect.stringMatching(/over the .* byte limit/),
    });
  });

  it('reports a path that does not exist', async () => {
    expect(await readAll(['/no/such/folder'])).toEqual([
      { ok: false, file: '/no/such/folder', error: 'no such file or folder' },
    ]);
  });

  it('warns when an article has no publication date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-nodate-'));
    writeFileSync(join(dir, 'a.txt'), 'Kyiv said Moscow lied about the strikes.');
    const [result] = await readAll([dir]);
    expect(result).toMatchObject({ ok: true, warnings: [expect.stringMatching(/no publication date/)] });
  });

  it('refuses impossible calendar dates, naming the file and the field, and keeps them out of the article', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-baddate-'));
    writeFileSync(
      join(dir, 'feb.txt'),
      'publishedAt: 2024-02-30\n---\nKyiv said Moscow lied about the strikes.',
    );
    writeFileSync(
      join(dir, 'month.json'),
      JSON.stringify({ text: 'Kyiv said Moscow lied about the strikes.', publishedAt: '2024-13-45' }),
    );
    writeFileSync(join(dir, 'leap.txt'), 'date: 2024-02-29\n---\nKyiv said Moscow lied about the strikes.');
    const results = await readAll([dir]);
    for (const [name, date] of [
      ['feb.txt', '2024-02-30'],
      ['month.json', '2024-13-45'],
    ] as const) {
      const { article, warnings } = ok(results, name);
      expect(article.publishedAt).toBeNull();
      expect(warnings).toContainEqual(expect.stringContaining(`publishedAt "${date}" is not a date`));
    }
    expect(ok(results, 'leap.txt').article.publishedAt).toBe('2024-02-29');
  });

  it('follows symbolic links to files and folders and reports loops and broken links as such', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'newsgraph-outside-'));
    writeFileSync(join(outside, 'real.txt'), 'Kyiv said Moscow lied about the strikes.');
    mkdirSync(join(outside, 'more'));
    writeFileSync(join(outside, 'more', 'deep.txt'), 'Warsaw said Berlin agreed to the plan.');
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-links-'));
    symlinkSync(join(outside, 'real.txt'), join(dir, 'link.txt'));
    symlinkSync(join(outside, 'more'), join(dir, 'linked-folder'));
    symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
    symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
    symlinkSync(dir, join(dir, 'back-up'));
    symlinkSync(join(outside, 'gone.txt'), join(dir, 'broken.txt'));
    const results = await readAll([dir]);
    expect(ok(results, 'link.txt').article.text).toContain('Moscow lied');
    expect(ok(results, 'deep.txt').file).toBe(join(dir, 'linked-folder', 'deep.txt'));
    for (const name of ['loop-a.txt', 'loop-b.txt', 'back-up'])
      expect(failed(results, name), name).toEqual([
        expect.objectContaining({ error: expect.stringMatching(/symbolic link loop/) }),
      ]);
    expect(failed(results, 'broken.txt')).toEqual([
      expect.objectContaining({ error: expect.stringMatching(/^broken symbolic link to ".*gone\.txt"/) }),
    ]);
    expect(results).toHaveLength(6);
  });

  it('reports a symbolic link loop given as a path as a loop, not as a missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-loop-'));
    symlinkSync(join(dir, 'b'), join(dir, 'a'));
    symlinkSync(join(dir, 'a'), join(dir, 'b'));
    expect(await readAll([join(dir, 'a')])).toEqual([
      { ok: false, file: join(dir, 'a'), error: expect.stringMatching(/^symbolic link loop/) },
    ]);
  });
});

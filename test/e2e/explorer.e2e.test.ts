// The explorer against the real server, the real Neo4j loaded with the seeds, and the Debian Chromium.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsgraphHook } from '../../explorer/src/test-hook.ts';
import type { ArticleInput } from '../../schema/exchange.ts';
import {
  type Harness,
  openEdge,
  pointOf,
  SCREENSHOTS,
  screenshot,
  searchAndOpen,
  startHarness,
  startServerWithoutNeo4j,
  visible,
} from './explorer-harness.ts';

const ZELENSKY = /Zelensky/i;
const PAYLOAD = '<img src=x onerror="window.__xss=1">';

/** An article whose title and text carry markup that must show as text, never run. */
const HOSTILE: ArticleInput = {
  id: 'zz_hostile_markup',
  title: `Volodymyr Zelensky rencontre Joe Biden ${PAYLOAD}`,
  url: 'javascript:window.__xss=2',
  publisher: '<b>Hostile</b> Press',
  publishedAt: '2024-07-02',
  language: 'fr',
  text: `Volodymyr Zelensky a rencontré Joe Biden à Washington ${PAYLOAD} le 1er juillet 2024. Le président ukrainien Volodymyr Zelensky a salué le soutien des États-Unis <script>window.__xss=3</script>.`,
};

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness([HOSTILE]);
});

afterAll(async () => {
  await harness?.close();
});

async function openPage(path = '/'): Promise<Page> {
  const page = await harness.browser.newPage({
    viewport: { width: 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  page.on('dialog', (dialog) => void dialog.dismiss());
  await page.goto(`${harness.baseUrl}${path}`);
  return page;
}

async function modelPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const position = await page.evaluate(
    (nodeId) => (window as unknown as { __newsgraph: NewsgraphHook }).__newsgraph.modelPosition(nodeId),
    id,
  );
  if (!position) throw new Error(`node ${id} is not in the graph`);
  return position;
}

async function zelenskyId(page: Page): Promise<string> {
  const { nodes } = await visible(page);
  const node = nodes.find((candidate) => candidate.type === 'Official' && /zelensk/i.test(candidate.id));
  if (!node) throw new Error(`no Zelensky node among ${nodes.map((n) => n.id).join(', ')}`);
  return node.id;
}

describe('the explorer', () => {
  it('finds Zelensky, expands him and shows the quote and date of the agreement he signed', async () => {
    const page = await openPage();
    await searchAndOpen(page, 'Zelensky', ZELENSKY);
    const id = await zelenskyId(page);
    const first = await visible(page);
    const agreement = first.edges.find((edge) => edge.type === 'SIGNED' && edge.date === '2024-06-13');
    expect(agreement, `edges: ${JSON.stringify(first.edges)}`).toBeDefined();
    const agreementId = first.nodes.find((node) => node.type === 'Agreement')!.id;
    const point = await pointOf(page, agreementId);
    await page.mouse.dblclick(point.x, point.y);
    await page.waitForURL(/expand=/);
    const { nodes, edges } = await visible(page);
    expect(nodes.length).toBeGreaterThan(first.nodes.length);
    const signed = edges.find(
      (edge) => edge.type === 'SIGNED' && edge.date === '2024-06-13' && edge.source === id,
    );
    expect(signed, `edges: ${JSON.stringify(edges)}`).toBeDefined();
    await openEdge(page, signed!.id);
    const panel = page.locator('article.sources');
    await expect.poll(() => panel.locator('mark').first().textContent()).toMatch(/signé/);
    expect(await panel.locator('[data-field="date"]').textContent()).toBe('2024-06-13');
    await screenshot(page, 'explorer-signed-source');
    await page.close();
  });

  it('narrowing the date range to 2021 removes the 2024 edges from the graph', async () => {
    const page = await openPage();
    await searchAndOpen(page, 'Ukraine', /^.*Ukraine/i);
    const before = await visible(page);
    expect(before.edges.some((edge) => edge.date?.startsWith('2024'))).toBe(true);
    await page.getByLabel('From date').fill('2021');
    await page.getByLabel('To date').fill('2021');
    await page.getByLabel('To date').press('Enter');
    await page.waitForURL(/from=2021&to=2021/);
    const after = await visible(page);
    expect(after.edges.filter((edge) => edge.date?.startsWith('2024'))).toEqual([]);
    expect(after.edges.some((edge) => edge.date?.startsWith('2021'))).toBe(true);
    await screenshot(page, 'explorer-range-2021');
    await page.close();
  });

  it('reopens the same view from a copied link', async () => {
    const page = await openPage();
    await searchAndOpen(page, 'Zelensky', ZELENSKY);
    const ukraine = await pointOf(page, 'country:UA');
    await page.mouse.click(ukraine.x, ukraine.y);
    await page.getByRole('button', { name: 'Expand' }).click();
    await page.waitForURL(/expand=/);
    await visible(page);
    await page.keyboard.press('p');
    await page.waitForURL(/pin=/);
    const pinned = await modelPosition(page, 'country:UA');
    await page.getByRole('checkbox', { name: /Places/ }).uncheck();
    await page.getByLabel('From date').fill('2024');
    await page.getByLabel('From date').press('Enter');
    await page.waitForURL(/from=2024/);
    await page.getByRole('button', { name: 'Copy a link to this view' }).click();
    await page.getByText('Link copied').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    const shown = await visible(page);
    const again = await openPage(link.slice(harness.baseUrl.length));
    await again.locator('article.details').waitFor();
    const reopened = await visible(again);
    expect(new Set(reopened.nodes.map((node) => node.id))).toEqual(
      new Set(shown.nodes.map((node) => node.id)),
    );
    expect(new Set(reopened.edges.map((edge) => edge.id))).toEqual(
      new Set(shown.edges.map((edge) => edge.id)),
    );
    expect(await again.getByRole('checkbox', { name: /Places/ }).isChecked()).toBe(false);
    expect(await again.getByLabel('From date').inputValue()).toBe('2024');
    const place = await modelPosition(again, 'country:UA');
    expect(Math.abs(place.x - pinned.x) + Math.abs(place.y - pinned.y)).toBeLessThan(2);
    await screenshot(again, 'explorer-reopened-link');
    await page.close();
    await again.close();
  });

  it('shows markup from an article as text and never runs it', async () => {
    const page = await openPage();
    await searchAndOpen(page, 'Zelensky', ZELENSKY);
    const details = page.locator('article.details');
    await details.waitFor();
    await expect.poll(() => details.textContent()).toContain('<img src=x onerror=');
    const id = await zelenskyId(page);
    const edgeIds = await page
      .locator('.relation-list button')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-edge-id') ?? ''));
    for (const edgeId of edgeIds) {
      const node = await pointOf(page, id);
      await page.mouse.click(node.x, node.y);
      await page.locator(`.relation-list button[data-edge-id="${edgeId}"]`).click();
      const sources = page.locator('article.sources');
      await sources.locator('.source-list, .placeholder').first().waitFor();
      if ((await sources.textContent())?.includes('onerror')) break;
    }
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    expect(
      await page.evaluate(() => document.querySelectorAll('.panel img, .panel script, .panel b').length),
    ).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await screenshot(page, 'explorer-untrusted-text');
    await page.close();
  });

  it('exports the visible graph as PNG and as JSON', async () => {
    const page = await openPage();
    await searchAndOpen(page, 'Zelensky', ZELENSKY);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /as PNG/ }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/^newsgraph-official-.*\.png$/);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /as JSON/ }).click(),
    ]);
    const exported = JSON.parse(await readFile((await json.path())!, 'utf8'));
    const shown = await visible(page);
    expect(exported.nodes.map((node: { id: string }) => node.id).sort()).toEqual(
      shown.nodes.map((node) => node.id).sort(),
    );
    expect((await readFile((await png.path())!)).subarray(1, 4).toString()).toBe('PNG');
    await screenshot(page, 'explorer-export');
    await page.close();
  });

  it('stacks graph, timeline and details on a narrow window', async () => {
    const page = await openPage();
    await page.setViewportSize({ width: 400, height: 860 });
    await searchAndOpen(page, 'Zelensky', ZELENSKY);
    await page.locator('article.details').waitFor();
    const graph = (await page.locator('#graph').boundingBox())!;
    const panel = (await page.locator('#panel').boundingBox())!;
    expect(graph.width).toBeGreaterThan(350);
    expect(panel.y).toBeGreaterThan(graph.y + graph.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await page.screenshot({ path: `${SCREENSHOTS}/explorer-narrow.png`, fullPage: true });
    await page.close();
  });

  it('says plainly when Neo4j is down and when the server is gone', async () => {
    const outage = await startServerWithoutNeo4j();
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(outage.baseUrl);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Neo4j unavailable/);
    await screenshot(page, 'explorer-neo4j-unavailable');
    await outage.close();
    await page.getByRole('combobox', { name: 'Search entities' }).fill('Zelensky');
    await expect.poll(() => page.locator('.suggestion-note').textContent()).toMatch(/Server unreachable/);
    await screenshot(page, 'explorer-server-unreachable');
    await page.close();
  });
});

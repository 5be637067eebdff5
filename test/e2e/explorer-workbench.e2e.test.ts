// The analyst's workbench of issue 11 in Chromium against the real server: overview, readable graph,
// claims and corrections, table, path finder and time bar.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callHook, type Harness, pointOf, screenshot, startHarness, visible } from './explorer-harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function openPage(path = '/'): Promise<Page> {
  const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${harness.baseUrl}${path}`);
  return page;
}

async function openGraph(path: string): Promise<Page> {
  const page = await openPage(path);
  await page.locator('body[data-status="ready"]').waitFor({ state: 'attached' });
  await visible(page);
  return page;
}

describe('the overview on arrival', () => {
  it('says what the data holds and opens a starting graph in one click', async () => {
    const page = await openPage('/');
    const overview = page.getByRole('region', { name: 'Overview' });
    await overview.getByRole('list', { name: 'Entities by type' }).waitFor();
    const countries = await overview.locator('[data-type="Country"] strong').textContent();
    expect(Number(countries)).toBeGreaterThan(0);
    await expect
      .poll(() => overview.getByRole('region', { name: 'Most connected' }).textContent())
      .toMatch(/Ukraine/);
    const latest = overview.getByRole('region', { name: 'Latest events' }).getByRole('button');
    expect(await latest.count()).toBeGreaterThan(0);
    await screenshot(page, 'workbench-overview');
    await overview.getByRole('button', { name: /^Start with the agreements and attacks of/ }).click();
    await page.waitForURL(/expand=/);
    await page.locator('body[data-status="ready"]').waitFor({ state: 'attached' });
    const shown = await visible(page);
    expect(shown.nodes.some((node) => node.type === 'Agreement' || node.type === 'Attack')).toBe(true);
    expect(await overview.isHidden()).toBe(true);
    await page.close();
  });

  it('opens an entity of the most connected list as the focus', async () => {
    const page = await openPage('/');
    const hubs = page.getByRole('region', { name: 'Most connected' });
    await hubs.getByRole('button', { name: /^Country Ukraine \d/ }).click();
    await page.waitForURL(/focus=country%3AUA/);
    const shown = await visible(page);
    expect(shown.nodes.map((node) => node.id)).toContain('country:UA');
    await page.close();
  });
});

describe('a readable graph', () => {
  it('keeps hub and focus labels at any zoom and shows the rest as one zooms in', async () => {
    const page = await openGraph('/?focus=country:UA');
    const { nodes } = await visible(page);
    const leaf = nodes.find((node) => node.type === 'Place')!;
    await callHook(page, 'zoom', 0.3);
    await expect.poll(() => callHook(page, 'labelShown', 'country:UA')).toBe(true);
    expect(await callHook(page, 'labelShown', leaf.id)).toBe(false);
    await callHook(page, 'zoom', 1.5);
    expect(await callHook(page, 'labelShown', leaf.id)).toBe(true);
    await page.close();
  });

  it('sizes nodes by their relations or, as chosen, by their sources', async () => {
    const page = await openGraph('/?focus=country:UA');
    const { nodes } = await visible(page);
    const leaf = nodes.find((node) => node.type === 'Place')!;
    expect(await callHook(page, 'nodeSize', 'country:UA')).toBeGreaterThan(
      await callHook(page, 'nodeSize', leaf.id),
    );
    await page.getByLabel('Node size by').selectOption('sources');
    await page.waitForURL(/size=sources/);
    expect(await callHook(page, 'nodeSize', 'country:UA')).toBeGreaterThan(
      await callHook(page, 'nodeSize', leaf.id),
    );
    await page.close();
  });

  it('draws parallel relations as one edge with a count, opened from its panel', async () => {
    const page = await openGraph('/?focus=official:volodymyr-zelensky');
    const { bundles } = await visible(page);
    expect(bundles.length).toBeGreaterThan(0);
    const bundle = bundles[0]!;
    const point = await pointOf(page, bundle.members[0]!);
    await page.mouse.click(point.x, point.y);
    const panel = page.locator('article.bundle');
    await panel.waitFor();
    expect(await panel.locator('button[data-edge-id]').count()).toBe(bundle.members.length);
    await screenshot(page, 'workbench-bundle');
    await panel.locator(`button[data-edge-id="${bundle.members[0]}"]`).click();
    await page.locator('article.sources').waitFor();
    const after = await visible(page);
    expect(after.bundles.map((shown) => shown.id)).not.toContain(bundle.id);
    await page.close();
  });

  it('lays the same graph out the same way on every load', async () => {
    const positions = async () => {
      const page = await openGraph('/?focus=country:UA');
      const { nodes } = await visible(page);
      const result = Object.fromEntries(
        await Promise.all(
          nodes.map(async (node) => {
            const at = (await callHook(page, 'modelPosition', node.id))!;
            return [node.id, `${Math.round(at.x)},${Math.round(at.y)}`];
          }),
        ),
      );
      await page.close();
      return result;
    };
    expect(await positions()).toEqual(await positions());
  });

  it('keeps only one entity type in one click and brings all back', async () => {
    const page = await openGraph('/?focus=country:UA');
    await page.getByRole('button', { name: 'Only Agreements' }).click();
    await page.waitForURL(/et=Agreement/);
    const only = await visible(page);
    expect(new Set(only.nodes.map((node) => node.type))).toEqual(new Set(['Agreement', 'Country']));
    expect(only.nodes.filter((node) => node.type === 'Country').map((node) => node.id)).toEqual([
      'country:UA',
    ]);
    await page.getByRole('button', { name: 'All entities' }).click();
    await expect.poll(() => page.url()).not.toMatch(/et=/);
    await page.close();
  });
});

// Issue 11 "Scale" in Chromium: a large graph pans on a cached picture of itself and is drawn with the lean
// stylesheet, a small one is redrawn live, labels of a large graph come as one zooms in, and a click still
// picks a node.
// The graphs are synthetic and fed through the test hook, so no Neo4j is needed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticSubgraph } from '../../bench/synthetic-subgraph.ts';
import { launchChromium } from './chromium.ts';
import {
  callHook,
  ensureExplorerBuilt,
  pointOf,
  screenshot,
  startServerWithoutNeo4j,
} from './explorer-harness.ts';

/** Polls patiently: the machine running the suite may be busy. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

let server: Awaited<ReturnType<typeof startServerWithoutNeo4j>>;
let browser: Browser;

beforeAll(async () => {
  await ensureExplorerBuilt();
  server = await startServerWithoutNeo4j();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.baseUrl}/`);
  await page.waitForFunction(() => '__newsgraph' in window);
  return page;
}

/** A node whose centre is on the canvas at the current zoom, for a real click. */
async function nodeOnScreen(page: Page, count: number): Promise<{ id: string; x: number; y: number }> {
  const box = (await page.locator('#graph').boundingBox())!;
  for (let index = 0; index < count; index++) {
    const id = `n${index}`;
    const point = await pointOf(page, id).catch(() => null);
    if (!point) continue;
    const inside = (value: number, start: number, size: number) =>
      value > start + 40 && value < start + size - 40;
    if (inside(point.x, box.x, box.width) && inside(point.y, box.y, box.height)) return { id, ...point };
  }
  throw new Error('no node on screen');
}

describe('drawing graphs of every size', () => {
  it('pans a small graph live, a large one on a cached picture, and live again when it shrinks', async () => {
    const page = await openPage();
    await callHook(page, 'renderSubgraph', syntheticSubgraph(40, 80));
    expect(await callHook(page, 'panMode')).toBe('live');
    await callHook(page, 'renderSubgraph', syntheticSubgraph(1500, 3500));
    expect(await callHook(page, 'panMode')).toBe('texture');
    await screenshot(page, 'scale-5000-elements');
    // A drag still moves the view.
    const panned = await callHook(page, 'panFps', 300);
    expect(panned.travel).toBeGreaterThan(0);
    await callHook(page, 'renderSubgraph', syntheticSubgraph(40, 80));
    expect(await callHook(page, 'panMode')).toBe('live');
    await page.close();
  });

  it('shows a large graph’s labels only once zoomed in, and picks a clicked node', async () => {
    const page = await openPage();
    await callHook(page, 'renderSubgraph', syntheticSubgraph(600, 1400));
    // The label stylesheet follows the zoom at the next frame: poll.
    await callHook(page, 'zoom', 0.3);
    await poll(() => callHook(page, 'labelShown', 'n300')).toBe(false);
    await callHook(page, 'zoom', 2);
    await poll(() => callHook(page, 'labelShown', 'n300')).toBe(true);
    const node = await nodeOnScreen(page, 600);
    await page.mouse.click(node.x, node.y);
    await poll(() => new URL(page.url()).searchParams.get('sel')).toBe(node.id);
    await page.close();
  });

  it('keeps the graph area’s size as a graph appears (a resize redraws the whole graph)', async () => {
    const page = await openPage();
    const before = await page.locator('#graph').boundingBox();
    // Dated edges: the time bar draws its chart and sliders in place of its empty-state hint.
    await callHook(page, 'renderSubgraph', syntheticSubgraph(300, 700));
    expect(await page.locator('#graph').boundingBox()).toEqual(before);
    await page.close();
  });
});

// Layout and first-render time of the built explorer in the Debian Chromium, for growing graphs.
// Run with `npm run bench:explorer`; builds the explorer first when explorer/dist is missing.
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import type { NewsgraphHook, RenderTiming } from '../explorer/src/test-hook.ts';
import { launchChromium } from '../test/e2e/chromium.ts';
import { syntheticSubgraph } from './synthetic-subgraph.ts';

const CONFIG = 'explorer/vite.config.ts';
const SIZES = [
  { label: '500 elements', nodes: 150, edges: 350 },
  { label: '2,000 elements', nodes: 600, edges: 1400 },
  { label: '5,000 elements', nodes: 1500, edges: 3500 },
  { label: '2,000 nodes + 5,000 edges', nodes: 2000, edges: 5000 },
];

const WHEEL_STEPS = 10;

/** Mean time of one mouse-wheel zoom step until the next frame is painted: how the graph feels. */
async function wheelZoomMs(page: Page): Promise<number> {
  await page.mouse.move(560, 350);
  const start = performance.now();
  for (let step = 0; step < WHEEL_STEPS; step++) {
    await page.mouse.wheel(0, step < WHEEL_STEPS / 2 ? -120 : 120);
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  }
  return (performance.now() - start) / WHEEL_STEPS;
}

if (!existsSync('explorer/dist/index.html')) await build({ configFile: CONFIG, logLevel: 'warn' });
const server = await preview({
  configFile: CONFIG,
  preview: { port: 0, host: '127.0.0.1', proxy: {} },
  logLevel: 'warn',
});
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
const browser = await launchChromium();
try {
  console.log('size                          layout ms   first render ms   wheel zoom ms');
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForFunction(() => '__newsgraph' in window);
    const data = syntheticSubgraph(size.nodes, size.edges);
    const timing: RenderTiming = await page.evaluate(
      (graph) =>
        (window as unknown as { __newsgraph: NewsgraphHook }).__newsgraph.renderSubgraph(graph as never),
      data as unknown,
    );
    const figures = { ...timing, zoomFrameMs: await wheelZoomMs(page) };
    console.log(
      `${size.label.padEnd(28)} ${figures.layoutMs.toFixed(0).padStart(9)} ${figures.firstRenderMs.toFixed(0).padStart(17)} ${figures.zoomFrameMs.toFixed(1).padStart(15)}   (${figures.elements} drawn)`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

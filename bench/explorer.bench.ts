// Layout and first-render time of the built explorer in the Debian Chromium, for growing graphs.
// Run with `npm run bench:explorer`; builds the explorer first so the figures are for the current code.
import type { Browser, Page } from 'playwright-core';
import { build, preview } from 'vite';
import type { Subgraph } from '../explorer/src/api/types.ts';
import type { NewsgraphHook, RenderTiming } from '../explorer/src/test-hook.ts';
import { E2E_MODE } from '../explorer/vite.config.ts';
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

// The e2e build: the only one with the test hook that feeds the graph and times its render.
await build({ configFile: CONFIG, mode: E2E_MODE, logLevel: 'warn' });
const server = await preview({
  configFile: CONFIG,
  mode: E2E_MODE,
  preview: { port: 0, host: '127.0.0.1', proxy: {} },
  logLevel: 'warn',
});
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
const RUNS = 3;

interface Figures extends RenderTiming {
  wheelZoomMs: number;
}

/** One fresh page, one render of the graph, then the wheel. */
async function measure(browser: Browser, data: Subgraph): Promise<Figures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => '__newsgraph' in window);
    const timing: RenderTiming = await page.evaluate(
      (graph) =>
        (window as unknown as { __newsgraph: NewsgraphHook }).__newsgraph.renderSubgraph(graph as never),
      data as unknown,
    );
    return { ...timing, wheelZoomMs: await wheelZoomMs(page) };
  } finally {
    await page.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const browser = await launchChromium();
try {
  console.log(`Median of ${RUNS} runs, Chromium ${browser.version()}, viewport 1280×800`);
  console.log('size                          layout ms   first render ms   wheel zoom ms/step');
  for (const size of SIZES) {
    const data = syntheticSubgraph(size.nodes, size.edges);
    const runs: Figures[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measure(browser, data));
    const [layout, first, wheel] = (['layoutMs', 'firstRenderMs', 'wheelZoomMs'] as const).map((key) =>
      median(runs.map((figures) => figures[key])),
    );
    console.log(
      `${size.label.padEnd(28)} ${layout!.toFixed(0).padStart(9)} ${first!.toFixed(0).padStart(17)} ${wheel!.toFixed(1).padStart(18)}   (${runs[0]!.elements} drawn)`,
    );
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

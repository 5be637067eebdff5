// Everything an explorer e2e test stands on: the built explorer, the seeds loaded into the run's Neo4j
// through the real ingest path, the real API server on a free port, and the Debian Chromium.

import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { expect } from 'vitest';
import type { NewsgraphHook } from '../../explorer/src/test-hook.ts';
import { E2E_MODE, E2E_OUT_DIR } from '../../explorer/vite.config.ts';
import type { ArticleInput, GraphDocument } from '../../schema/exchange.ts';
import { createApp } from '../../server/api/http/app.ts';
import { createDriver } from '../../server/graph/driver.ts';
import { createGraphGateway } from '../../server/graph/gateway.ts';
import { loadDocument } from '../../server/graph/load/index.ts';
import { migrate } from '../../server/graph/migrations.ts';
import type { Graph } from '../../server/graph/tx.ts';
import { createExtractor, mergeDocuments, readArticles } from '../../server/ingest/index.ts';
import { createLogger } from '../../server/logger.ts';
import { freePort } from '../../server/neo4j-local/index.ts';
import { testParser } from '../fixtures/test-parser.ts';
import { clearGraph, openTestGraph } from '../support/test-graph.ts';
import { launchChromium } from './chromium.ts';

export const SCREENSHOTS = 'test/artifacts/screenshots';

export interface Harness {
  baseUrl: string;
  browser: Browser;
  graph: Graph;
  close(): Promise<void>;
}

/** The newest modification time among the explorer's sources. */
function newestSource(): number {
  const sources = [
    'explorer/index.html',
    'explorer/vite.config.ts',
    ...readdirSync('explorer/src', { recursive: true, encoding: 'utf8' }).map(
      (name) => `explorer/src/${name}`,
    ),
  ];
  return Math.max(...sources.map((file) => statSync(file).mtimeMs));
}

/**
 * Builds the e2e explorer (with the test hook, in its own folder) when it is missing or older than its
 * sources, so tests never run a stale build.
 */
export async function ensureExplorerBuilt(): Promise<void> {
  const built = join(E2E_OUT_DIR, 'index.html');
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource()) return;
  await build({ configFile: 'explorer/vite.config.ts', mode: E2E_MODE, logLevel: 'warn' });
}

/** Seeds plus extra articles, extracted and loaded the way `newsgraph ingest` does. */
async function loadArticles(graph: Graph, extra: ArticleInput[]): Promise<void> {
  const extractor = createExtractor({ parser: testParser('articles') });
  const documents: GraphDocument[] = [];
  for await (const result of readArticles(['seeds/articles'])) {
    if (!result.ok) throw new Error(`seed article ${result.file} could not be read: ${result.error}`);
    documents.push(await extractor.extract(result.article));
  }
  for (const article of extra) documents.push(await extractor.extract(article));
  await loadDocument(graph, mergeDocuments(documents));
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

export interface HarnessOptions {
  /** newsgraph/2 documents loaded after the seeds (e.g. claims the seeds lack). */
  documents?: GraphDocument[];
  /** Lets the explorer's analyst mutations through with `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
}

export async function startHarness(
  extra: ArticleInput[] = [],
  options: HarnessOptions = {},
): Promise<Harness> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await ensureExplorerBuilt();
  const graph = openTestGraph();
  await clearGraph(graph);
  await migrate(graph);
  await loadArticles(graph, extra);
  for (const document of options.documents ?? []) await loadDocument(graph, document);
  const app = createApp({
    apiKey: options.apiKey,
    gateway: createGraphGateway(graph),
    logger: createLogger('warn', 'e2e'),
    explorerDir: E2E_OUT_DIR,
  });
  const server = createServer(app);
  const port = await listen(server);
  const browser = await launchChromium();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    graph,
    async close() {
      await browser.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await graph.driver.close();
    },
  };
}

/** The real server wired to a Bolt port where no Neo4j listens: what users see when the database is down. */
export async function startServerWithoutNeo4j(): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const driver = createDriver({
    uri: `bolt://127.0.0.1:${await freePort()}`,
    username: 'neo4j',
    password: 'unused',
    maxRetryMs: 500,
  });
  const app = createApp({
    gateway: createGraphGateway({ driver, database: 'neo4j' }),
    logger: createLogger('fatal', 'e2e'),
    explorerDir: E2E_OUT_DIR,
  });
  const server = createServer(app);
  const port = await listen(server);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}

/** Polls patiently: the machine running the suite may be busy, and a first answer can take seconds. */
export const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

/** A new tab on the harness's explorer at `path` (e.g. "/?focus=country:UA"), desktop-sized. */
export async function openPage(harness: Harness, path = '/'): Promise<Page> {
  const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${harness.baseUrl}${path}`);
  return page;
}

/** Like openPage, once the explorer says it is ready and the graph is drawn and laid out. */
export async function openGraph(harness: Harness, path: string): Promise<Page> {
  const page = await openPage(harness, path);
  await page.locator('body[data-status="ready"]').waitFor({ state: 'attached' });
  await visible(page);
  return page;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

type Visible = ReturnType<NewsgraphHook['visible']>;

/** Waits for the data and the layout to be in, then reads what the graph shows. */
export async function visible(page: Page): Promise<Visible> {
  await page.locator('body:not([data-status="loading"])').waitFor({ state: 'attached' });
  return page.evaluate(async () => {
    const hook = (window as unknown as { __newsgraph: NewsgraphHook }).__newsgraph;
    await hook.settled();
    return hook.visible();
  });
}

/** Types in the search box, waits for a suggestion naming `pick`, and chooses it with the keyboard. */
export async function searchAndOpen(page: Page, text: string, pick: RegExp): Promise<void> {
  const input = page.getByRole('combobox', { name: 'Search entities' });
  await input.fill(text);
  const option = page.getByRole('option', { name: pick }).first();
  await option.waitFor();
  await option.click();
  await page.locator('body[data-status="ready"]').waitFor({ state: 'attached' });
  await visible(page);
}

/** Page coordinates of a node or an edge on the canvas, for real mouse gestures. */
export async function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (elementId) => (window as unknown as { __newsgraph: NewsgraphHook }).__newsgraph.pointOf(elementId),
    id,
  );
  if (!point) throw new Error(`element ${id} is not drawn`);
  return point;
}

/**
 * Clicks a relation on the canvas and opens its sources: a relation drawn inside a bundle of parallel
 * relations is picked from the bundle's panel.
 */
export async function openEdge(page: Page, id: string): Promise<void> {
  const point = await pointOf(page, id);
  await page.mouse.click(point.x, point.y);
  const member = page.locator(`article.bundle button[data-edge-id="${id}"]`);
  const sources = page.locator('article.sources');
  await Promise.race([member.waitFor(), sources.waitFor()]);
  if (await member.isVisible()) await member.click();
  await sources.waitFor();
}

type Methods = {
  [K in keyof NewsgraphHook]: NewsgraphHook[K] extends (...args: never[]) => unknown ? K : never;
}[keyof NewsgraphHook];

/** Calls one method of the test hook in the page (no code is sent: the page's CSP forbids eval). */
export function callHook<K extends Methods>(
  page: Page,
  method: K,
  ...args: Parameters<NewsgraphHook[K]>
): Promise<Awaited<ReturnType<NewsgraphHook[K]>>> {
  return page.evaluate(
    ([name, values]) => {
      const hook = (window as unknown as { __newsgraph: Record<string, (...a: unknown[]) => unknown> })
        .__newsgraph;
      return hook[name]!(...values);
    },
    [method, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<NewsgraphHook[K]>>>;
}

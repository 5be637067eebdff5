// The analyst's workbench of issue 11 in Chromium against the real server: overview, readable graph,
// claims and corrections, table, path finder and time bar.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISPUTED_ATTACK, DISPUTED_DOCUMENTS, DISPUTED_LAUNCHED } from './disputed-attack.ts';
import {
  callHook,
  type Harness,
  openGraph as openHarnessGraph,
  openPage as openHarnessPage,
  pointOf,
  poll,
  screenshot,
  startHarness,
  visible,
} from './explorer-harness.ts';

const API_KEY = 'e2e-analyst-key';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness([], { documents: DISPUTED_DOCUMENTS, apiKey: API_KEY });
});

afterAll(async () => {
  await harness?.close();
});

const openPage = (path = '/') => openHarnessPage(harness, path);
const openGraph = (path: string) => openHarnessGraph(harness, path);

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
    // Newest first over the whole graph (Query.overview); the starting graph is the month of the newest
    // event dated at least to the month.
    const dates = await latest.locator('.when').allTextContents();
    expect(dates).toEqual([...dates].sort().reverse());
    await screenshot(page, 'workbench-overview');
    const start = overview.getByRole('button', { name: /^Start with the agreements and attacks of/ });
    const month = dates.find((date) => date.length >= 7)!.slice(0, 7);
    expect(await start.textContent()).toContain(`of ${month} (`);
    await start.click();
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
    await poll(() => callHook(page, 'labelShown', 'country:UA')).toBe(true);
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
    // Any later change of the view (here the node size) keeps the bundle drawn.
    await page.getByLabel('Node size by').selectOption('sources');
    await page.waitForURL(/size=sources/);
    expect((await visible(page)).bundles.map((shown) => shown.id)).toContain(bundle.id);
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
    await poll(() => page.url()).not.toMatch(/et=/);
    await page.close();
  });
});

describe('claims and corrections', () => {
  const attackPage = `/?focus=${encodeURIComponent(DISPUTED_ATTACK)}&sel=${encodeURIComponent(DISPUTED_ATTACK)}`;

  it("shows an attack's counts source by source and flags their disagreement", async () => {
    const page = await openGraph(attackPage);
    const row = page.locator('.counts-table tr[data-count="launched"]');
    await row.waitFor();
    expect(await row.getAttribute('class')).toContain('conflicting');
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 2).sort()).toEqual(['38', '44']);
    expect(cells[2]).toMatch(/38–44.*sources disagree/);
    expect(await page.locator('.counts-table thead').textContent()).toMatch(
      /the air force.*officials|officials.*the air force/,
    );
    await screenshot(page, 'workbench-conflicting-counts');
    await page.close();
  });

  it('lists each claim of an edge with who says it, its modality and the quote', async () => {
    const page = await openGraph(
      `${attackPage.replace(/&sel=.*/, '')}&sel=${encodeURIComponent(DISPUTED_LAUNCHED)}`,
    );
    const claims = page.locator('article.sources .claim');
    await claims.first().waitFor();
    expect(await claims.count()).toBe(2);
    expect(await claims.locator('.claimant').allTextContents()).toEqual(
      expect.arrayContaining(['the air force', 'officials']),
    );
    expect(await claims.first().locator('.modality').textContent()).toBe('asserted');
    expect(await claims.first().locator('mark').textContent()).toMatch(/missiles/);
    await page.close();
  });

  it('lets an analyst correct a count with the key asked once per tab, and undo it from the audit trail', async () => {
    const page = await openGraph(attackPage);
    const review = page.locator('.curation');
    await review.getByLabel('Analyst name').fill('Ana');
    await review.getByLabel('API key').fill(API_KEY);
    await review.getByRole('button', { name: 'Use for this tab' }).click();
    await review.getByLabel('Corrected launched').fill('40');
    await review.getByLabel('Note').fill('ministry figure');
    await review.getByRole('button', { name: 'Correct' }).click();
    const trail = review.getByRole('list', { name: 'Audit trail' });
    await poll(() => trail.textContent()).toMatch(/set.*"launched":40.*Ana/);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(API_KEY);
    expect(page.url()).not.toContain(API_KEY);
    await page.reload();
    await visible(page);
    await expect
      .poll(() => page.locator('.counts-table tr[data-count="launched"] td').last().textContent())
      .toMatch(/^40/);
    await page.locator('.curation').getByText('Signed in as Ana').waitFor();
    await screenshot(page, 'workbench-correction');
    await page.locator('.correction-list').getByRole('button', { name: 'Undo' }).click();
    await poll(() => page.locator('.correction-list .correction.undone').count()).toBe(1);
    await page.close();
  });

  it('lets an analyst confirm a relation and shows the review on it', async () => {
    const page = await openGraph(
      `/?focus=${encodeURIComponent(DISPUTED_ATTACK)}&sel=${encodeURIComponent(DISPUTED_LAUNCHED)}`,
    );
    const review = page.locator('.curation');
    await review.getByLabel('Analyst name').fill('Ben');
    await review.getByLabel('API key').fill(API_KEY);
    await review.getByRole('button', { name: 'Use for this tab' }).click();
    await review.getByRole('button', { name: 'Confirm' }).click();
    await expect
      .poll(() => review.getByRole('list', { name: 'Audit trail' }).textContent())
      .toMatch(/confirm.*Ben/);
    await page.close();
  });
});

describe('the facts table and exports', () => {
  it('lists the visible facts, sorts and filters them, and keeps that in the URL', async () => {
    const page = await openGraph('/?focus=country:UA');
    const shown = await visible(page);
    await page.getByRole('button', { name: 'Show the visible facts as a table' }).click();
    await page.waitForURL(/table=1/);
    const table = page.getByRole('region', { name: 'Facts table' });
    const rows = table.locator('tbody tr');
    await poll(() => rows.count()).toBe(shown.edges.length);
    await table.getByRole('button', { name: /^Date/ }).click();
    await page.waitForURL(/tdesc=1/);
    const dates = (await table.locator('tbody td.col-date').allTextContents()).filter(Boolean);
    expect(dates).toEqual([...dates].sort().reverse());
    await table.getByLabel('Filter facts').fill('PARTY_TO');
    await expect
      .poll(async () => new Set(await table.locator('tbody td.col-type').allTextContents()))
      .toEqual(new Set(['PARTY_TO']));
    expect(await table.locator('tbody td.col-quote').first().textContent()).not.toBe('');
    await screenshot(page, 'workbench-table');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      table.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const text = await readFile((await csv.path())!, 'utf8');
    const [header, ...lines] = text.trim().split('\r\n');
    expect(header).toBe(
      'date,type,from,to,sourceCount,modality,quote,articleTitle,publisher,publishedAt,articleUrl',
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.includes('PARTY_TO'))).toBe(true);
    const reopened = await openGraph(new URL(page.url()).search ? `/${new URL(page.url()).search}` : '/');
    await poll(() => reopened.getByLabel('Filter facts').inputValue()).toBe('PARTY_TO');
    await reopened.close();
    await page.close();
  });

  it('exports JSON with each relation’s sources and a PNG with title, dates and legend', async () => {
    const page = await openGraph('/?focus=country:UA&from=2024');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /as JSON/ }).click(),
    ]);
    const exported = JSON.parse(await readFile((await json.path())!, 'utf8'));
    const sourced = exported.edges.filter((edge: { sources: unknown[] }) => edge.sources.length > 0);
    expect(sourced.length).toBeGreaterThan(0);
    expect(sourced[0].sources[0]).toMatchObject({
      quote: expect.any(String),
      article: { articleId: expect.any(String) },
    });
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /as PNG/ }).click(),
    ]);
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const height = bytes.readUInt32BE(20);
    const canvasHeight = await page.locator('#graph').evaluate((element) => element.clientHeight);
    expect(height).toBeGreaterThan(0);
    expect(canvasHeight).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the path finder', () => {
  const zelensky = 'official:volodymyr-zelensky';

  it('lists several paths up to 6 hops and restores its fields from a link', async () => {
    const page = await openGraph(`/?pathFrom=${zelensky}&pathTo=country:RU&phops=6`);
    const finder = page.locator('.path-finder');
    const paths = finder.getByRole('list', { name: 'Paths found' }).getByRole('button');
    await poll(() => paths.count()).toBeGreaterThan(1);
    expect(await finder.getByLabel('Path start').inputValue()).toBe('Volodymyr Zelensky');
    expect(await finder.getByLabel('Path end').inputValue()).toBe('Russia');
    expect(await finder.getByLabel('Maximum hops').inputValue()).toBe('6');
    expect(await paths.first().textContent()).toMatch(
      /^1\. Volodymyr Zelensky → Ukraine → .* → Russia \(3 hops\)$/,
    );
    await paths.nth(1).click();
    expect(await paths.nth(1).getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'workbench-paths');
    await page.close();
  });

  it('keeps to the relation types and dates asked for, and says when nothing is within the hop limit', async () => {
    const page = await openGraph(`/?pathFrom=${zelensky}&pathTo=country:RU&ptype=OFFICIAL_OF&ptype=TARGETED`);
    const finder = page.locator('.path-finder');
    const paths = finder.getByRole('list', { name: 'Paths found' }).getByRole('button');
    await poll(() => paths.count()).toBeGreaterThan(0);
    for (const text of await paths.allTextContents()) expect(text).toMatch(/→/);
    const shown = await visible(page);
    const launched = shown.edges.filter((edge) => edge.type === 'LAUNCHED');
    expect(launched).toEqual([]);
    expect(await finder.getByLabel('Path through LAUNCHED').isChecked()).toBe(false);
    await finder.getByLabel('Maximum hops').selectOption('1');
    await finder.getByLabel('Earliest path date').fill('2024-02-30');
    await finder.getByRole('button', { name: 'Find paths' }).click();
    await poll(() => finder.getByRole('alert').textContent()).toMatch(/2024-02 has days 01 to 29/);
    await finder.getByLabel('Earliest path date').fill('2024');
    await finder.getByRole('button', { name: 'Find paths' }).click();
    await page.waitForURL(/phops=1/);
    await expect
      .poll(() => page.locator('#graph-status').textContent())
      .toMatch(/No path found within 1 hops/);
    expect(page.url()).toMatch(/pdfrom=2024/);
    await page.close();
  });
});

describe('the time bar', () => {
  const histogram = (page: Page) => page.locator('svg.histogram');

  it('zooms from years to days with a readable axis and stacks bars by relation type', async () => {
    const page = await openGraph('/?focus=country:UA&bin=day');
    await poll(() => histogram(page).getAttribute('aria-label')).toMatch(/per day/);
    const labels = await histogram(page).locator('.axis-label').allTextContents();
    expect(labels.some((text) => /^\d{1,2} [A-Z][a-z]{2}( \d{4})?$/.test(text))).toBe(true);
    const stacked = await histogram(page)
      .locator('g.bin')
      .evaluateAll(
        (bins) =>
          bins.filter(
            (bin) =>
              new Set([...bin.querySelectorAll('rect.bar')].map((bar) => bar.getAttribute('fill'))).size > 1,
          ).length,
      );
    expect(stacked).toBeGreaterThan(0);
    expect(await histogram(page).locator('rect.period').count()).toBeGreaterThan(0);
    await page.getByLabel('Time bar bins').selectOption('year');
    await page.waitForURL(/bin=year/);
    await poll(() => histogram(page).getAttribute('aria-label')).toMatch(/per year/);
    await page.close();
  });

  it('selects a range by dragging across the bars', async () => {
    const page = await openGraph('/?focus=country:UA&bin=month');
    const bins = histogram(page).locator('g.bin');
    const count = await bins.count();
    const first = (await bins.nth(1).boundingBox())!;
    const last = (await bins.nth(count - 2).boundingBox())!;
    await page.mouse.move(first.x + first.width / 2, first.y + 10);
    await page.mouse.down();
    await page.mouse.move(last.x + last.width / 2, last.y + 10, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
    const url = new URL(page.url());
    expect(url.searchParams.get('from')! < url.searchParams.get('to')!).toBe(true);
    await page.close();
  });

  it('plays a window through the chosen range, marks what is new and gives the range back', async () => {
    const page = await openGraph('/?focus=country:UA&from=2024&bin=month');
    await page.getByRole('button', { name: '▶ Play' }).click();
    await poll(() => histogram(page).locator('g.bin.fresh').count()).toBe(1);
    const fresh = await histogram(page).locator('g.bin.fresh').getAttribute('data-key');
    expect(fresh! >= '2024').toBe(true);
    expect(await histogram(page).locator('g.bin.fresh rect.bar').count()).toBeGreaterThan(0);
    await screenshot(page, 'workbench-timebar-playing');
    await page.getByRole('button', { name: '❚❚ Pause' }).click();
    await poll(() => new URL(page.url()).searchParams.get('from')).toBe('2024');
    expect(new URL(page.url()).searchParams.get('to')).toBeNull();
    expect(await histogram(page).locator('g.bin.fresh').count()).toBe(0);
    await page.close();
  });

  it('shows the graph as its sources had published it by a "known at" date', async () => {
    const page = await openGraph('/?focus=official:volodymyr-zelensky');
    const now = await visible(page);
    expect(now.edges.some((edge) => edge.type === 'SIGNED' && edge.date === '2024-06-13')).toBe(true);
    await page.getByLabel('Known at').fill('2024-05-01');
    await page.getByLabel('Known at').press('Enter');
    await page.waitForURL(/known=2024-05-01/);
    await poll(async () => (await visible(page)).edges.some((edge) => edge.date === '2024-06-13')).toBe(
      false,
    );
    await poll(() => page.locator('.timeline-summary').textContent()).toMatch(/as known at 2024-05-01/);
    await page.close();
  });
});

describe('the filters in force', () => {
  it('shows each active filter on the canvas and lifts it in one click', async () => {
    const page = await openGraph('/?focus=country:UA&from=2024&et=Country&et=Agreement');
    const chips = page.getByRole('status', { name: 'Active filters' });
    await poll(() => chips.textContent()).toMatch(/Entities: only Countries, Agreements.*Dates: 2024 to …/);
    await chips.getByRole('button', { name: /Lift filter: Dates/ }).click();
    await poll(() => new URL(page.url()).searchParams.get('from')).toBeNull();
    await chips.getByRole('button', { name: /Lift filter: Entities/ }).click();
    await poll(() => chips.isHidden()).toBe(true);
    expect(page.url()).not.toMatch(/et=/);
    await page.close();
  });
});

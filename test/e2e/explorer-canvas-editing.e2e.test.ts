// Editing the canvas (issue 11, Explorer v2) in Chromium against the real server: an entity added from
// the search beside what is drawn, expansion by one relation type with its counts shown first, and Undo.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../schema/graph-model.ts';
import {
  type Harness,
  openPage as openHarnessPage,
  pointOf,
  poll,
  screenshot,
  searchAndOpen,
  startHarness,
  visible,
} from './explorer-harness.ts';

const ZELENSKY = /Zelensky/i;
const UKRAINE = 'country:UA';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness([]);
});

afterAll(async () => {
  await harness?.close();
});

const openPage = (path = '/') => openHarnessPage(harness, path);

const params = (page: Page) => new URL(page.url()).searchParams;

async function modelPosition(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    (nodeId) =>
      (
        window as unknown as { __newsgraph: { modelPosition(id: string): { x: number; y: number } | null } }
      ).__newsgraph.modelPosition(nodeId),
    id,
  );
}

/** Clicks a node and waits for its details panel. */
async function selectNode(page: Page, id: string): Promise<void> {
  const point = await pointOf(page, id);
  await page.mouse.click(point.x, point.y);
  await page.locator('article.details').waitFor();
}

describe('adding to the canvas from the search', () => {
  it('adds a second entity beside the first without moving it, and a reload keeps both', async () => {
    const page = await openPage();
    await searchAndOpen(page, 'Zelensky', ZELENSKY);
    const focus = params(page).get('focus')!;
    const before = await visible(page);
    const placed = (await modelPosition(page, focus))!;

    const input = page.getByRole('combobox', { name: 'Search entities' });
    await input.fill('Rostov');
    const add = page.getByRole('button', { name: /^Add .*Rostov.* to the canvas/i }).first();
    await add.waitFor();
    await add.click();
    await page.waitForURL(/expand=/);
    const added = params(page).get('expand')!;
    const after = await visible(page);
    const ids = after.nodes.map((node) => node.id);
    expect(ids).toContain(focus);
    expect(ids).toContain(added);
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
    // The focus stays the focus, and where it was.
    expect(params(page).get('focus')).toBe(focus);
    const still = (await modelPosition(page, focus))!;
    expect(Math.abs(still.x - placed.x)).toBeLessThan(1);
    expect(Math.abs(still.y - placed.y)).toBeLessThan(1);
    await screenshot(page, 'canvas-editing-added');

    const reopened = await openPage(`/${new URL(page.url()).search}`);
    await reopened.locator('body[data-status="ready"]').waitFor({ state: 'attached' });
    const again = (await visible(reopened)).nodes.map((node) => node.id);
    expect(again).toContain(focus);
    expect(again).toContain(added);
    await reopened.close();
    await page.close();
  });

  it('adds with Shift+Enter and focuses with Enter', async () => {
    const page = await openPage();
    await searchAndOpen(page, 'Zelensky', ZELENSKY);
    const focus = params(page).get('focus')!;
    const input = page.getByRole('combobox', { name: 'Search entities' });
    await input.fill('Rostov');
    await page
      .getByRole('option', { name: /Rostov/i })
      .first()
      .waitFor();
    await input.press('Shift+Enter');
    await page.waitForURL(/expand=/);
    expect(params(page).get('focus')).toBe(focus);
    await page.locator('body[data-status="ready"]').waitFor({ state: 'attached' });
    await input.fill('Rostov');
    await page
      .getByRole('option', { name: /Rostov/i })
      .first()
      .waitFor();
    await input.press('Enter');
    await poll(() => params(page).get('focus')).not.toBe(focus);
    expect(params(page).getAll('expand')).toEqual([]);
    await page.close();
  });
});

describe('expanding by relation type', () => {
  it('shows the neighbours each type would add, then adds only those of the chosen type', async () => {
    const page = await openPage();
    await searchAndOpen(page, 'Zelensky', ZELENSKY);
    const before = await visible(page);
    await selectNode(page, UKRAINE);
    await page.getByRole('button', { name: 'Neighbours by relation type' }).click();
    const menu = page.getByRole('menu', { name: 'Expand by relation type' });
    const all = menu.locator('[data-type="all"]');
    await all.waitFor();
    const counts = await menu.locator('[data-type]').evaluateAll((items) =>
      items.map((item) => ({
        type: item.getAttribute('data-type')!,
        added: Number(item.querySelector('.expand-count')!.textContent),
      })),
    );
    const chosen = counts.find((count) => count.type !== 'all' && count.added > 0);
    expect(chosen, `counts: ${JSON.stringify(counts)}`).toBeDefined();
    const total = counts.find((count) => count.type === 'all')!.added;
    expect(total).toBeGreaterThan(chosen!.added - 1);
    await screenshot(page, 'canvas-editing-expand-menu');

    await menu.locator(`[data-type="${chosen!.type}"]`).click();
    await page.waitForURL(/expandBy=/);
    expect(params(page).getAll('expandBy')).toEqual([`${UKRAINE}~${chosen!.type}`]);
    expect(params(page).getAll('expand')).toEqual([]);
    const after = await visible(page);
    const had = new Set(before.nodes.map((node) => node.id));
    const fresh = after.nodes.filter((node) => !had.has(node.id)).map((node) => node.id);
    expect(fresh).toHaveLength(chosen!.added);
    // Each new node hangs on Ukraine by the chosen type.
    for (const id of fresh) {
      const link = after.edges.find(
        (edge) =>
          edge.type === chosen!.type &&
          ((edge.source === UKRAINE && edge.target === id) ||
            (edge.target === UKRAINE && edge.source === id)),
      );
      expect(link, `${id} in ${JSON.stringify(after.edges)}`).toBeDefined();
    }
    await screenshot(page, 'canvas-editing-expanded-by-type');

    // A reopened link draws the same canvas.
    const reopened = await openPage(`/${new URL(page.url()).search}`);
    await reopened.locator('body[data-status="ready"]').waitFor({ state: 'attached' });
    const again = new Set((await visible(reopened)).nodes.map((node) => node.id));
    for (const id of fresh) expect(again.has(id)).toBe(true);
    await reopened.close();

    // Undo takes the expansion back without asking the server again.
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/graphql')) requests.push(request.postData() ?? '');
    });
    await page.getByRole('button', { name: /^Undo/ }).click();
    await poll(() => params(page).getAll('expandBy')).toEqual([]);
    const undone = await visible(page);
    expect(undone.nodes.map((node) => node.id).sort()).toEqual(before.nodes.map((node) => node.id).sort());
    expect(requests.filter((body) => body.includes('neighborhood'))).toEqual([]);
    await page.close();
  });
});

/** Opens the selected node's "By type" menu and reads its choices. */
async function readExpandMenu(page: Page) {
  await page.getByRole('button', { name: 'Neighbours by relation type' }).click();
  const menu = page.getByRole('menu', { name: 'Expand by relation type' });
  await menu.locator('[data-type="all"]').waitFor();
  return menu.locator('[data-type]').evaluateAll((items) =>
    items.map((item) => ({
      type: item.getAttribute('data-type')!,
      added: Number(item.querySelector('.expand-count')!.textContent),
      offered: !item.hasAttribute('disabled'),
      filteredOut: item.classList.contains('filtered-out'),
    })),
  );
}

describe('expanding by relation type under a relation filter', () => {
  it('offers no type the filter hides and leaves it out of "All"', async () => {
    const page = await openPage();
    await searchAndOpen(page, 'Zelensky', ZELENSKY);
    await selectNode(page, UKRAINE);
    const before = await readExpandMenu(page);
    const hidden = before.find((choice) => choice.type !== 'all' && choice.added > 0 && choice.offered);
    expect(hidden, JSON.stringify(before)).toBeDefined();

    // The same view with that relation type unticked in the filter.
    const url = new URL(page.url());
    url.searchParams.delete('rt');
    for (const type of RELATION_TYPES) if (type !== hidden!.type) url.searchParams.append('rt', type);
    const filtered = await openPage(`/${url.search}`);
    await filtered.locator('article.details').waitFor();
    const after = await readExpandMenu(filtered);
    expect(after.find((choice) => choice.type === hidden!.type)).toMatchObject({
      offered: false,
      filteredOut: true,
    });
    // Listed last, after every type still shown.
    expect(after.at(-2)!.type).toBe(hidden!.type);
    const all = (choices: typeof before) => choices.find((choice) => choice.type === 'all')!.added;
    expect(all(after)).toBeLessThanOrEqual(all(before));
    await filtered.close();
    await page.close();
  });
});

describe('undo', () => {
  it('brings back a hidden node with U, and hides it again with Redo', async () => {
    const page = await openPage();
    await searchAndOpen(page, 'Zelensky', ZELENSKY);
    await selectNode(page, UKRAINE);
    await page.getByRole('button', { name: 'Hide' }).click();
    await page.waitForURL(/hide=/);
    await poll(async () => (await visible(page)).nodes.some((node) => node.id === UKRAINE)).toBe(false);
    await page.locator('#graph').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('u');
    await poll(() => params(page).getAll('hide')).toEqual([]);
    await poll(async () => (await visible(page)).nodes.some((node) => node.id === UKRAINE)).toBe(true);
    await page.getByRole('button', { name: /^Redo/ }).click();
    await poll(() => params(page).getAll('hide')).toEqual([UKRAINE]);
    await page.keyboard.press('Control+z');
    await poll(() => params(page).getAll('hide')).toEqual([]);
    await page.close();
  });
});

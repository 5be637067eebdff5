// Explorer v2 (issue 11) in Chromium against the real server: several nodes selected by shift-click, box
// or Ctrl+A, the actions on them, and two entities merged with the analyst's key and split again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Harness,
  openGraph as openHarnessGraph,
  pointOf,
  poll,
  screenshot,
  startHarness,
  visible,
} from './explorer-harness.ts';

const API_KEY = 'e2e-selection-key';
const FOCUS = 'country:UA';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness([], { apiKey: API_KEY });
});

afterAll(async () => {
  await harness?.close();
});

const openGraph = (path: string) => openHarnessGraph(harness, path);

async function click(page: Page, id: string, shift = false): Promise<void> {
  const point = await pointOf(page, id);
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.click(point.x, point.y);
  if (shift) await page.keyboard.up('Shift');
}

/** Two drawn nodes of one type other than the focus, and one of another type. */
async function pickNodes(page: Page): Promise<{ same: [string, string]; other: string }> {
  const { nodes } = await visible(page);
  const candidates = nodes.filter((node) => node.id !== FOCUS);
  const byType = new Map<string, typeof candidates>();
  for (const node of candidates) byType.set(node.type, [...(byType.get(node.type) ?? []), node]);
  // Not events: an event's panel has its own review section, an entity's shows the merge trail of its own.
  const events = new Set(['Attack', 'Agreement']);
  const groups = [...byType].sort(([a], [b]) => Number(events.has(a)) - Number(events.has(b)));
  const [type, pair] = groups.find(([, group]) => group.length >= 2)!;
  const other = candidates.find((node) => node.type !== type)!;
  return { same: [pair[0]!.id, pair[1]!.id], other: other.id };
}

const bar = (page: Page) => page.getByRole('region', { name: 'Selection' });

describe('selecting several nodes', () => {
  it('adds a node with shift-click and hides the two selected', async () => {
    const page = await openGraph(`/?focus=${FOCUS}`);
    const { same } = await pickNodes(page);
    await click(page, same[0]);
    await page.locator('article.details').waitFor();
    expect(await bar(page).isHidden()).toBe(true);
    await click(page, same[1], true);
    await poll(() => bar(page).locator('.selection-count').textContent()).toBe('2 selected');
    await screenshot(page, 'selection-two');
    await bar(page).getByRole('button', { name: 'Hide' }).click();
    await poll(() => new URL(page.url()).searchParams.getAll('hide').sort()).toEqual([...same].sort());
    const shown = (await visible(page)).nodes.map((node) => node.id);
    expect(shown).not.toContain(same[0]);
    expect(shown).not.toContain(same[1]);
    expect(await bar(page).isHidden()).toBe(true);
    await page.close();
  });

  it('hides and pins every selected node with H and P, not only the last one', async () => {
    const page = await openGraph(`/?focus=${FOCUS}`);
    const { same } = await pickNodes(page);
    await click(page, same[0]);
    await click(page, same[1], true);
    await poll(() => bar(page).locator('.selection-count').textContent()).toBe('2 selected');
    await page.keyboard.press('p');
    await poll(() => new URL(page.url()).searchParams.getAll('pin').length).toBe(2);
    await page.keyboard.press('h');
    await poll(() => new URL(page.url()).searchParams.getAll('hide').sort()).toEqual([...same].sort());
    await page.close();
  });

  it('selects the nodes of a shift-drawn box and keeps only them; a plain drag pans', async () => {
    const page = await openGraph(`/?focus=${FOCUS}`);
    const { same } = await pickNodes(page);
    // A plain drag on the background moves the graph and selects nothing.
    const canvas = (await page.locator('#graph').boundingBox())!;
    const before = await pointOf(page, same[0]);
    await page.mouse.move(canvas.x + canvas.width - 30, canvas.y + 60);
    await page.mouse.down();
    await page.mouse.move(canvas.x + canvas.width - 130, canvas.y + 100, { steps: 5 });
    await page.mouse.up();
    const after = await pointOf(page, same[0]);
    expect(before.x - after.x).toBeGreaterThan(90);
    expect(await bar(page).isHidden()).toBe(true);
    // And back, so the box below stays on the canvas.
    await page.mouse.down();
    await page.mouse.move(canvas.x + canvas.width - 30, canvas.y + 60, { steps: 5 });
    await page.mouse.up();

    const [a, b] = [await pointOf(page, same[0]), await pointOf(page, same[1])];
    // Wide enough for both nodes' whole bodies: a box selects the nodes it contains.
    const pad = 50;
    const box = {
      left: Math.min(a.x, b.x) - pad,
      right: Math.max(a.x, b.x) + pad,
      top: Math.min(a.y, b.y) - pad,
      bottom: Math.max(a.y, b.y) + pad,
    };
    const { nodes } = await visible(page);
    const centred: string[] = [];
    for (const node of nodes) {
      const at = await pointOf(page, node.id);
      if (at.x >= box.left && at.x <= box.right && at.y >= box.top && at.y <= box.bottom)
        centred.push(node.id);
    }
    await page.keyboard.down('Shift');
    await page.mouse.move(box.left, box.top);
    await page.mouse.down();
    await page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2, { steps: 4 });
    await page.mouse.move(box.right, box.bottom, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const count = bar(page).locator('.selection-count');
    await poll(() => count.textContent()).toMatch(/^\d+ selected$/);
    const selected = Number.parseInt((await count.textContent())!, 10);
    await bar(page).getByRole('button', { name: 'Keep only these' }).click();
    await poll(async () => (await visible(page)).nodes.length).toBeLessThan(nodes.length);
    const kept = (await visible(page)).nodes.map((node) => node.id);
    expect(kept).toEqual(expect.arrayContaining([...same, FOCUS]));
    // What stays is the box's nodes, and the focus, which the filters never hide.
    expect(kept.filter((id) => id !== FOCUS).every((id) => centred.includes(id))).toBe(true);
    const others = kept.filter((id) => id !== FOCUS).length;
    expect(others === selected || others === selected - 1).toBe(true);

    await page.close();
  });

  it('selects every drawn node with Ctrl+A and clears with Esc', async () => {
    const page = await openGraph(`/?focus=${FOCUS}`);
    const { nodes } = await visible(page);
    await page.locator('#graph').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+a');
    await poll(() => bar(page).locator('.selection-count').textContent()).toBe(`${nodes.length} selected`);
    expect(await bar(page).getByRole('button', { name: 'Find paths' }).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await poll(() => bar(page).isHidden()).toBe(true);
    await page.close();
  });

  it('fills the path finder with the two selected', async () => {
    const page = await openGraph(`/?focus=${FOCUS}`);
    const { same } = await pickNodes(page);
    await click(page, same[0]);
    await click(page, same[1], true);
    await bar(page).getByRole('button', { name: 'Find paths' }).click();
    await poll(() => new URL(page.url()).searchParams.get('pathTo')).toBe(same[1]);
    expect(new URL(page.url()).searchParams.get('pathFrom')).toBe(same[0]);
    await page.close();
  });
});

describe('merging two entities', () => {
  it('refuses two entities of different types', async () => {
    const page = await openGraph(`/?focus=${FOCUS}`);
    const { same, other } = await pickNodes(page);
    await click(page, same[0]);
    await click(page, other, true);
    await bar(page).getByRole('button', { name: 'Merge…' }).click();
    await poll(() => bar(page).getByRole('alert').first().textContent()).toMatch(/differ/);
    expect(await page.getByRole('group', { name: 'Merge entities' }).count()).toBe(0);
    await page.close();
  });

  it('merges the one chosen into the other with the key, shows it in the audit trail and undoes it', async () => {
    const page = await openGraph(`/?focus=${FOCUS}`);
    const { same } = await pickNodes(page);
    const [kept, merged] = same;
    await click(page, kept);
    await click(page, merged, true);
    await bar(page).getByRole('button', { name: 'Merge…' }).click();
    const form = page.getByRole('group', { name: 'Merge entities' });
    await form.getByLabel('Analyst name').fill('Mia');
    await form.getByLabel('API key').fill(API_KEY);
    await form.getByRole('button', { name: 'Use for this tab' }).click();
    await form.locator(`input[name="merge-keep"][value="${kept}"]`).check();
    expect(await form.locator('.merge-relations').count()).toBe(2);
    await form.getByLabel('Merge note').fill('same place');
    await screenshot(page, 'selection-merge-form');
    await form.getByRole('button', { name: 'Merge' }).click();

    await poll(() => new URL(page.url()).searchParams.get('sel')).toBe(kept);
    await poll(async () => (await visible(page)).nodes.map((node) => node.id)).not.toContain(merged);
    const trail = page.locator('article.details').getByRole('list', { name: 'Audit trail' });
    await poll(() => trail.textContent()).toMatch(new RegExp(`merge of ${merged} into ${kept} by Mia`));
    await screenshot(page, 'selection-merged');

    await trail.getByRole('button', { name: 'Undo' }).click();
    await poll(() => page.locator('article.details .correction.undone').count()).toBe(1);
    await poll(async () => (await visible(page)).nodes.map((node) => node.id)).toContain(merged);
    await page.close();
  });
});

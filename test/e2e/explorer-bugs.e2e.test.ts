// The bugs of issue 11, each reproduced in Chromium against the real server before it was fixed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, pointOf, startHarness, visible } from './explorer-harness.ts';

/** Polls patiently: the machine running the suite may be busy, and a first answer can take seconds. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function openPage(path: string, warnings: string[] = []): Promise<Page> {
  const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  await page.goto(`${harness.baseUrl}${path}`);
  await page.locator('body[data-status="ready"]').waitFor({ state: 'attached' });
  await visible(page);
  return page;
}

describe('the explorer, on the bugs seen by analysts', () => {
  it('never expands the second of two nodes clicked 150 ms apart, and expands a double-clicked one', async () => {
    const page = await openPage('/?focus=country:UA');
    const { nodes } = await visible(page);
    const [first, second] = nodes.filter((node) => node.id !== 'country:UA' && node.type !== 'Place');
    const a = await pointOf(page, first!.id);
    const b = await pointOf(page, second!.id);
    await page.mouse.click(a.x, a.y);
    await page.waitForTimeout(150);
    await page.mouse.click(b.x, b.y);
    await page.waitForTimeout(600);
    expect(page.url()).not.toMatch(/expand=/);
    await page.mouse.dblclick(b.x, b.y);
    await page.waitForURL(/expand=/);
    expect(new URL(page.url()).searchParams.getAll('expand')).toEqual([second!.id]);
    await page.close();
  });

  it('keeps keyboard shortcuts working after a filter checkbox is clicked', async () => {
    const page = await openPage('/?focus=country:UA');
    await page.getByRole('checkbox', { name: /Places/ }).click();
    await page.keyboard.press('/');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Search entities');
    await page.close();
  });

  it('refuses an impossible date with a message and keeps the range as it was', async () => {
    const page = await openPage('/?focus=country:UA&from=2024');
    const to = page.getByLabel('To date');
    await to.fill('2024-13-45');
    await to.press('Enter');
    await poll(() => page.getByRole('alert').first().textContent()).toMatch(/no month 13/);
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).searchParams.get('to')).toBeNull();
    expect(new URL(page.url()).searchParams.get('from')).toBe('2024');
    await page.close();
  });

  it('refuses a word in a date field instead of silently dropping the filter', async () => {
    const page = await openPage('/?focus=country:UA&from=2024');
    const from = page.getByLabel('From date');
    await from.fill('hello');
    await from.press('Enter');
    await poll(() => page.getByRole('alert').first().textContent()).toMatch(/“hello” is not a date/);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2024');
    expect(await from.inputValue()).toBe('hello');
    await page.close();
  });

  it('keeps a filtered-out focus on the canvas and says which filter hides it', async () => {
    const page = await openPage('/?focus=country:UA');
    await page.getByRole('checkbox', { name: /Countries/ }).uncheck();
    const shown = await visible(page);
    expect(shown.nodes.map((node) => node.id)).toContain('country:UA');
    expect(shown.nodes.filter((node) => node.type === 'Country').map((node) => node.id)).toEqual([
      'country:UA',
    ]);
    await expect
      .poll(() => page.locator('.focus-notice').textContent())
      .toMatch(/Ukraine.*Countries are filtered out/);
    await page
      .locator('.focus-notice')
      .getByRole('button', { name: /Show Countries/ })
      .click();
    expect(await page.getByRole('checkbox', { name: /Countries/ }).isChecked()).toBe(true);
    await page.close();
  });

  it('draws Ukraine without an "invalid endpoints" warning: no two nodes are stacked', async () => {
    const warnings: string[] = [];
    const page = await openPage('/?focus=country:UA', warnings);
    await page.waitForTimeout(500);
    expect(warnings.filter((text) => /invalid endpoints/.test(text))).toEqual([]);
    await page.close();
  });
});

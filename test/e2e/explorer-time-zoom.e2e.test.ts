// The time bar zooms from years to days in Chromium against the real server: the wheel over the bars zooms
// about the pointer, the bins follow (months, then days) with day labels on the axis, the window goes in
// the URL, a drag on the axis pans, and Fit shows every date again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, screenshot, startHarness, visible } from './explorer-harness.ts';

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness([]);
});

afterAll(async () => {
  await harness?.close();
});

async function openGraph(path: string): Promise<Page> {
  const page = await harness.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${harness.baseUrl}${path}`);
  await page
    .locator('body[data-status="ready"]')
    .waitFor({ state: 'attached' })
    .catch((cause) => {
      throw new Error(`the explorer never got ready: ${errors.join(' | ') || String(cause)}`);
    });
  await visible(page);
  return page;
}

const DAY_LABEL = /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?$/;

describe('the time bar zoom', () => {
  it('zooms in to days with the wheel, keeps the window in the URL, pans on the axis and fits back', async () => {
    const page = await openGraph('/?focus=country:UA&bin=year');
    const histogram = page.locator('svg.histogram');
    await poll(() => histogram.getAttribute('aria-label')).toMatch(/per year/);
    const box = (await histogram.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.4);
    // Notch by notch, as a person would, until the bins are days.
    for (let notch = 0; notch < 60; notch++) {
      if (/per day/.test((await histogram.getAttribute('aria-label')) ?? '')) break;
      await page.mouse.wheel(0, -200);
      await page.waitForTimeout(50);
    }
    await poll(() => histogram.getAttribute('aria-label')).toMatch(/per day/);
    await poll(() => page.url()).toMatch(/tzoom=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/);
    expect(page.url()).not.toMatch(/bin=year/);
    const labels = await histogram.locator('.axis-label').allTextContents();
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) expect(label).toMatch(DAY_LABEL);
    // The labels never overlap.
    const boxes = await histogram
      .locator('.axis-label')
      .evaluateAll((texts) => texts.map((text) => (text as SVGTextElement).getBoundingClientRect()));
    for (let index = 1; index < boxes.length; index++)
      expect(boxes[index]!.left).toBeGreaterThanOrEqual(boxes[index - 1]!.right);
    await screenshot(page, 'time-zoom-days');

    // A drag on the axis pans the window to earlier days.
    const zoomedTo = new URL(page.url()).searchParams.get('tzoom')!;
    const axis = (await histogram.boundingBox())!;
    await page.mouse.move(axis.x + axis.width * 0.3, axis.y + axis.height - 4);
    await page.mouse.down();
    await page.mouse.move(axis.x + axis.width * 0.7, axis.y + axis.height - 4, { steps: 5 });
    await page.mouse.up();
    await poll(() => new URL(page.url()).searchParams.get('tzoom')! < zoomedTo).toBe(true);
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();

    // The zoomed link opens the same window.
    const again = await openGraph(
      `/?focus=country:UA&tzoom=${new URL(page.url()).searchParams.get('tzoom')}`,
    );
    await poll(() => again.locator('svg.histogram').getAttribute('aria-label')).toMatch(/per day/);
    await again.close();

    await page.getByRole('button', { name: 'Show every date on the time bar' }).click();
    await poll(() => page.url()).not.toMatch(/tzoom=/);
    await poll(() => histogram.getAttribute('aria-label')).not.toMatch(/per day/);
    await page.getByRole('button', { name: 'Zoom the time bar in' }).click();
    await poll(() => page.url()).toMatch(/tzoom=/);
    await page.close();
  });
});

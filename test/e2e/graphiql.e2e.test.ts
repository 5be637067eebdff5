// GraphiQL in the Debian Chromium under the server's CSP (script-src 'self'): it loads from the server
// alone, starts its editors and runs a query, with no request elsewhere and nothing refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { screenshot, startServerWithoutNeo4j } from './explorer-harness.ts';

// A query the schema answers alone, so no database is needed.
const QUERY = '{ __typename }';

let server: Awaited<ReturnType<typeof startServerWithoutNeo4j>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  server = await startServerWithoutNeo4j();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('GraphiQL', () => {
  it('runs a query under the CSP with every file from the server itself', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Refused to/.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreign.push(url);
    });
    await page.goto(`${server.baseUrl}/graphql?query=${encodeURIComponent(QUERY)}`);
    await page.locator('.graphiql-container .monaco-editor').first().waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.graphiql-response').textContent())
      // Monaco renders spaces as no-break spaces.
      .toMatch(/"__typename":\s*"Query"/);
    await screenshot(page, 'graphiql');
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStaticHandler } from './static-files.ts';

const root = mkdtempSync(join(tmpdir(), 'newsgraph-static-'));
mkdirSync(join(root, 'dist', 'assets'), { recursive: true });
writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>explorer</title>');
writeFileSync(join(root, 'dist', 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(root, 'secret.txt'), 'do not serve');
const serve = createStaticHandler(join(root, 'dist'));

describe('static explorer files', () => {
  it('serves files with their content type', async () => {
    const response = await serve('/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
  });

  it('falls back to index.html for route-like paths but not for missing assets', async () => {
    expect(await (await serve('/entity/country:UA')).text()).toContain('explorer');
    expect((await serve('/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside its folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const text = await (await serve(path)).text();
      expect(text).not.toContain('do not serve');
    }
  });
});

// The explorer's test hook (window.__newsgraph) is for the e2e tests and the benchmark only: the
// production build that `newsgraph serve` sends to every user must not carry it.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { E2E_MODE } from '../explorer/vite.config.ts';

/** Builds the explorer in a mode into a fresh folder and returns its JavaScript, all chunks joined. */
async function builtScript(mode: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), `newsgraph-explorer-${mode}-`));
  await build({ configFile: 'explorer/vite.config.ts', mode, logLevel: 'silent', build: { outDir } });
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(assets, name), 'utf8'))
    .join('\n');
}

describe('the explorer build', () => {
  it('leaves the test hook out of the production build and keeps it in the e2e build', async () => {
    expect(await builtScript('production')).not.toContain('__newsgraph');
    expect(await builtScript(E2E_MODE)).toContain('__newsgraph');
  }, 120_000);
});

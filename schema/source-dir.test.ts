import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceDir } from './source-dir.ts';

const root = join(import.meta.dirname, '..');
const url = (...parts: string[]) => pathToFileURL(join(root, ...parts)).href;

describe('sourceDir', () => {
  it("gives a source module's own folder", () => {
    expect(sourceDir(url('server', 'neo4j-local', 'ensure-runtime.ts'))).toBe(
      join(root, 'server', 'neo4j-local'),
    );
  });

  it('maps a module built into dist/ back to its source folder, where its data files are', () => {
    expect(sourceDir(url('dist', 'server', 'ingest', 'gazetteer', 'load-gazetteer.js'))).toBe(
      join(root, 'server', 'ingest', 'gazetteer'),
    );
  });
});

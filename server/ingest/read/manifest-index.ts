import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Fields } from './to-article.ts';

export type Manifest = ReadonlyMap<string, Fields>;

/** Finds the nearest manifest.json beside or above a file, reading each one once. */
export class ManifestIndex {
  private readonly byDir = new Map<string, Manifest | null>();
  readonly errors: { file: string; error: string }[] = [];

  /** Metadata for an article id from the nearest manifest that lists it. */
  lookup(file: string, id: string): Fields | undefined {
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      const entry = this.manifestIn(dir)?.get(id);
      if (entry) return entry;
      if (dirname(dir) === dir) return undefined;
    }
  }

  private manifestIn(dir: string): Manifest | null {
    if (!this.byDir.has(dir)) this.byDir.set(dir, this.read(join(dir, 'manifest.json')));
    return this.byDir.get(dir)!;
  }

  private read(file: string): Manifest | null {
    if (!existsSync(file)) return null;
    try {
      return toMap(JSON.parse(readFileSync(file, 'utf8')));
    } catch (cause) {
      this.errors.push({ file, error: `manifest is not valid JSON: ${String(cause)}` });
      return null;
    }
  }
}

/** Accepts `{articles: [...]}`, a bare array, or an object keyed by id. */
function toMap(raw: unknown): Manifest {
  const map = new Map<string, Fields>();
  const list = Array.isArray(raw) ? raw : (raw as { articles?: unknown })?.articles;
  if (Array.isArray(list)) {
    for (const entry of list) {
      if (entry && typeof entry === 'object' && typeof (entry as Fields).id === 'string')
        map.set((entry as Fields).id as string, entry as Fields);
    }
  } else if (raw && typeof raw === 'object') {
    for (const [id, entry] of Object.entries(raw))
      if (entry && typeof entry === 'object') map.set(id, { id, ...entry });
  }
  return map;
}

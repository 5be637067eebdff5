// Who the analyst is and their API key, asked for once and kept for this tab only (sessionStorage):
// never in the URL, never in localStorage, gone when the tab closes.
import type { Analyst } from '../api/curation-api.ts';

const STORAGE_KEY = 'newsgraph.analyst';

export function readAnalyst(): Analyst | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<Analyst> | null;
    return value?.name && value.key ? { name: value.name, key: value.key } : null;
  } catch {
    return null;
  }
}

export function saveAnalyst(analyst: Analyst): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(analyst));
}

export function forgetAnalyst(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

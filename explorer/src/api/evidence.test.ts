import { afterEach, describe, expect, it, vi } from 'vitest';
import { EVIDENCE_BATCH, fetchEvidence } from './api.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchEvidence', () => {
  it('asks edges(ids:) in batches that are never paced and keeps the relations still there', async () => {
    const asked: string[][] = [];
    vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
      const { variables } = JSON.parse(init.body) as { variables: { ids: string[] } };
      asked.push(variables.ids);
      // The last id of each batch was removed since it was drawn: the server answers null for it.
      const edges = variables.ids.map((id, i) =>
        i === variables.ids.length - 1 ? null : { id, modality: 'ASSERTED', sources: [] },
      );
      return new Response(JSON.stringify({ data: { edges } }), { status: 200 });
    });
    const ids = Array.from({ length: 2 * EVIDENCE_BATCH + 10 }, (_, i) => `rel:${i}`);
    const evidence = await fetchEvidence([...ids, 'rel:0']);
    expect(asked.map((batch) => batch.length)).toEqual([EVIDENCE_BATCH, EVIDENCE_BATCH, 10]);
    expect(asked.flat()).toEqual(ids);
    expect(evidence.size).toBe(ids.length - 3);
    expect(evidence.get('rel:0')).toEqual({ id: 'rel:0', modality: 'ASSERTED', sources: [] });
    expect(await fetchEvidence([])).toEqual(new Map());
  });
});

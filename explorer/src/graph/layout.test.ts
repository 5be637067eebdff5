import { describe, expect, it } from 'vitest';
import { LARGE_GRAPH, layoutOptions, MEDIUM_GRAPH } from './layout.ts';

const options = (elementCount: number, animate = false) =>
  layoutOptions({ elementCount, pins: [], animate, incremental: false }) as unknown as Record<
    string,
    unknown
  >;

describe('layoutOptions by graph size', () => {
  it('refines a small graph fully, a medium one with fewer iterations', () => {
    expect(options(MEDIUM_GRAPH)).toMatchObject({ quality: 'default', numIter: 2500 });
    expect(options(MEDIUM_GRAPH + 1)).toMatchObject({ quality: 'default', numIter: 700 });
    expect(options(LARGE_GRAPH + 1)).toMatchObject({ name: 'preset', animate: false, fit: false });
  });

  it("draws a large graph's first picture as rings by degree, and runs fCoSE when asked to lay it out", () => {
    const requested = layoutOptions({
      elementCount: LARGE_GRAPH + 1,
      pins: [],
      animate: false,
      incremental: false,
      requested: true,
    }) as unknown as Record<string, unknown>;
    expect(requested).toMatchObject({ name: 'fcose', quality: 'draft', nodeDimensionsIncludeLabels: false });
    const rings = layoutOptions({
      elementCount: LARGE_GRAPH + 1,
      pins: [],
      animate: false,
      incremental: false,
      degrees: () => [
        { id: 'hub', degree: 40 },
        { id: 'leaf', degree: 1 },
      ],
    }) as unknown as { positions(node: { id(): string }): { x: number; y: number } };
    expect(rings.positions({ id: () => 'hub' })).toEqual({ x: 0, y: 0 });
    expect(rings.positions({ id: () => 'leaf' })).not.toEqual({ x: 0, y: 0 });
  });

  it('leaves fitting to the view unless the run is animated', () => {
    expect(options(100).fit).toBe(false);
    expect(options(100, true).fit).toBe(true);
  });
});

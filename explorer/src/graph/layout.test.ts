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
    expect(options(LARGE_GRAPH + 1)).toMatchObject({ name: 'concentric', animate: false, fit: false });
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
    const byDegree = options(LARGE_GRAPH + 1).concentric as (node: { degree(): number }) => number;
    expect(byDegree({ degree: () => 7 })).toBe(7);
  });

  it('leaves fitting to the view unless the run is animated', () => {
    expect(options(100).fit).toBe(false);
    expect(options(100, true).fit).toBe(true);
  });
});

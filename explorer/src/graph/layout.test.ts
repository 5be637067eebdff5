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

  it("draws a large graph's first picture as a sunflower by degree, and runs fCoSE when asked to lay it out", () => {
    const requested = layoutOptions({
      elementCount: LARGE_GRAPH + 1,
      pins: [],
      animate: false,
      incremental: false,
      requested: true,
    }) as unknown as Record<string, unknown>;
    expect(requested).toMatchObject({ name: 'fcose', quality: 'draft', nodeDimensionsIncludeLabels: false });
    // The hub goes in the centre, the others outwards, read from the graph the node belongs to.
    const degrees: Record<string, number> = { hub: 5, leaf: 1, other: 2 };
    const node = (id: string) => ({
      id: () => id,
      cy: () => ({ nodes: () => Object.keys(degrees).map((key) => node(key)) }),
      degree: () => degrees[id],
    });
    const place = options(LARGE_GRAPH + 1).positions as (n: ReturnType<typeof node>) => {
      x: number;
      y: number;
    };
    const radius = (id: string) => Math.hypot(place(node(id)).x, place(node(id)).y);
    expect(radius('hub')).toBeLessThan(radius('other'));
    expect(radius('other')).toBeLessThan(radius('leaf'));
  });

  it('leaves fitting to the view unless the run is animated', () => {
    expect(options(100).fit).toBe(false);
    expect(options(100, true).fit).toBe(true);
  });
});

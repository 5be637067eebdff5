import { describe, expect, it } from 'vitest';
import { LARGE_GRAPH, layoutOptions, MEDIUM_GRAPH } from './layout.ts';

const options = (elementCount: number, animate = false) =>
  layoutOptions({ elementCount, pins: [], animate, incremental: false }) as unknown as Record<
    string,
    unknown
  >;

describe('layoutOptions by graph size', () => {
  it('refines a small graph fully, a medium one with fewer iterations, a large one not at all', () => {
    expect(options(MEDIUM_GRAPH)).toMatchObject({ quality: 'default', numIter: 2500 });
    expect(options(MEDIUM_GRAPH + 1)).toMatchObject({ quality: 'default', numIter: 700 });
    expect(options(LARGE_GRAPH + 1)).toMatchObject({ quality: 'draft', nodeDimensionsIncludeLabels: false });
  });

  it('leaves fitting to the view unless the run is animated', () => {
    expect(options(100).fit).toBe(false);
    expect(options(100, true).fit).toBe(true);
  });
});

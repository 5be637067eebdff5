import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../fixtures.test-data.ts';
import { hubIds, nodeMeasures, nodeSizes } from './node-weights.ts';

describe('node weights', () => {
  it('counts relations or the articles behind them', () => {
    expect(nodeMeasures(SAMPLE, 'degree').get('country:UA')).toBe(3);
    const sources = nodeMeasures(SAMPLE, 'sources').get('country:UA')!;
    expect(sources).toBe(
      SAMPLE.edges
        .filter((e) => e.source === 'country:UA' || e.target === 'country:UA')
        .reduce((sum, e) => sum + e.sourceCount, 0),
    );
  });

  it('draws the best connected node biggest', () => {
    const sizes = nodeSizes(SAMPLE, 'degree');
    expect(sizes.get('country:UA')).toBe(64);
    expect(sizes.get('agreement:us-ua-2021')!).toBeLessThan(64);
  });

  it('takes the top tenth with at least three relations as hubs', () => {
    expect([...hubIds(SAMPLE)]).toEqual(['country:UA']);
  });
});

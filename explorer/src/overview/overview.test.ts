import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../fixtures.test-data.ts';
import { computeOverview } from './overview.ts';

describe('computeOverview', () => {
  const overview = computeOverview(
    [
      { label: 'Country', count: 3 },
      { label: 'Article', count: 20 },
    ],
    SAMPLE,
  );

  it('counts entities by type, zero for types the stats do not list, articles left out', () => {
    expect(overview.counts.find((entry) => entry.type === 'Country')?.count).toBe(3);
    expect(overview.counts.find((entry) => entry.type === 'Attack')?.count).toBe(0);
    expect(overview.counts.map((entry) => entry.type)).not.toContain('Article');
  });

  it('ranks the most connected entities first', () => {
    expect(overview.hubs[0]?.node.id).toBe('country:UA');
  });

  it('lists the latest events newest first and starts from the latest month', () => {
    expect(overview.latest.map((event) => event.node.id)).toEqual([
      'agreement:us-ua-2024',
      'agreement:us-ua-2021',
    ]);
    expect(overview.start).toEqual({ month: '2024-06', ids: ['agreement:us-ua-2024'] });
  });
});

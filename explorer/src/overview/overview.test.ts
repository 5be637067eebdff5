import { describe, expect, it } from 'vitest';
import type { OverviewData } from '../api/types.ts';
import { toOverview } from './overview.ts';

/** An answer of Query.overview as the server gives it (hubs and events already ranked there). */
const ANSWER: OverviewData = {
  counts: [
    { type: 'Attack', count: 2 },
    { type: 'Country', count: 3 },
  ],
  hubs: [
    { degree: 5, entity: { entityId: 'country:UA', type: 'Country', name: 'Ukraine' } },
    { degree: 2, entity: { entityId: 'country:US', type: 'Country', name: 'United States' } },
  ],
  latestEvents: [
    { date: '2024-06-13', entity: { entityId: 'agreement:us-ua-2024', type: 'Agreement', name: 'US–UA' } },
    { date: '2021-08', entity: { entityId: 'agreement:us-ua-2021', type: 'Agreement', name: 'Framework' } },
  ],
  startingGraph: { month: '2024-06', events: ['agreement:us-ua-2024'] },
};

describe('toOverview', () => {
  const overview = toOverview(ANSWER);

  it('counts every entity type in the model order, zero for types the server does not list', () => {
    expect(overview.counts.map((entry) => entry.type)).toEqual([
      'Country',
      'Official',
      'Organization',
      'Place',
      'Agreement',
      'Attack',
    ]);
    expect(overview.counts.find((entry) => entry.type === 'Country')?.count).toBe(3);
    expect(overview.counts.find((entry) => entry.type === 'Official')?.count).toBe(0);
  });

  it('keeps the server ranking of the most connected and the latest events, by graph id', () => {
    expect(overview.hubs.map((hub) => [hub.node.id, hub.degree])).toEqual([
      ['country:UA', 5],
      ['country:US', 2],
    ]);
    expect(overview.latest.map((event) => [event.node.id, event.date])).toEqual([
      ['agreement:us-ua-2024', '2024-06-13'],
      ['agreement:us-ua-2021', '2021-08'],
    ]);
  });

  it("starts from the latest month's events, or from nothing when no event is dated to a month", () => {
    expect(overview.start).toEqual({ month: '2024-06', ids: ['agreement:us-ua-2024'] });
    expect(toOverview({ ...ANSWER, startingGraph: null }).start).toBeNull();
  });
});

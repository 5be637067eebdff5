import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState } from './url-state.ts';

describe('url state', () => {
  it('round-trips a full view through the query string', () => {
    const view: ViewState = {
      focus: 'official:volodymyr-zelensky',
      expanded: ['country:UA', 'agreement:a&b'],
      expandedBy: [{ id: 'official:a~b', types: ['SIGNED', 'PARTY_TO'] }],
      hidden: ['place:rostov'],
      pinned: [{ id: 'country:UA', x: 120, y: -40 }],
      entityTypes: ['Official', 'Agreement'],
      relationTypes: ['SIGNED'],
      from: '2021',
      to: '2021-12',
      showUndated: false,
      selected: 'r1',
      pathFrom: 'country:UA',
      pathTo: 'country:US',
      size: 'sources',
      table: true,
      tableSort: 'type',
      tableDesc: true,
      tableQuery: 'signed kyiv',
      pathHops: 6,
      pathTypes: ['SIGNED', 'PARTY_TO'],
      pathDateFrom: '2024',
      pathDateTo: '2024-06-30',
      bin: 'day',
      timeWindow: { from: '2024-06-01', to: '2024-06-30' },
      knownAt: '2024-07-01',
    };
    expect(parseViewState(serializeViewState(view))).toEqual(view);
  });

  it('writes nothing for the default view', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW);
  });

  it('ignores malformed dates, unknown types and broken pins', () => {
    const view = parseViewState('?from=yesterday&to=2024-6&et=Country&et=Planet&pin=nope&pin=a@1,x');
    expect(view.from).toBeNull();
    expect(view.to).toBeNull();
    expect(view.entityTypes).toEqual(['Country']);
    expect(view.pinned).toEqual([]);
  });

  it('keeps an explicitly empty type filter empty', () => {
    const view = { ...DEFAULT_VIEW, relationTypes: [] };
    expect(parseViewState(serializeViewState(view)).relationTypes).toEqual([]);
  });

  it('carries the canvas: the focus, the entities added or expanded, and those expanded by type', () => {
    const view = {
      ...DEFAULT_VIEW,
      focus: 'country:UA',
      expanded: ['country:US'],
      expandedBy: [{ id: 'country:RU', types: ['LAUNCHED' as const] }],
    };
    const search = serializeViewState(view);
    expect(new URLSearchParams(search).getAll('expandBy')).toEqual(['country:RU~LAUNCHED']);
    expect(parseViewState(search)).toEqual(view);
  });

  it('drops typed expansions with no id or no known type', () => {
    const view = parseViewState('?expandBy=~SIGNED&expandBy=country:UA~NOPE&expandBy=country:US~SIGNED,NOPE');
    expect(view.expandedBy).toEqual([{ id: 'country:US', types: ['SIGNED'] }]);
  });
});

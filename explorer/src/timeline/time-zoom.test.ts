import { describe, expect, it } from 'vitest';
import {
  clampWindow,
  dataExtent,
  dayKey,
  dayNumber,
  MIN_SPAN_DAYS,
  panWindow,
  parseTimeWindow,
  toDayWindow,
  toTimeWindow,
  unitForSpan,
  zoomWindow,
} from './time-zoom.ts';

const day = dayNumber;
const extent = { start: day('2020-01-01'), end: day('2025-01-01') };

describe('time bar zoom', () => {
  it('counts days since the epoch both ways', () => {
    expect(day('1970-01-02')).toBe(1);
    expect(dayKey(day('2024-02-29'))).toBe('2024-02-29');
    expect(dayKey(day('2024-03-01') - 0.5)).toBe('2024-02-29');
  });

  it('spans the data from the first day to the end of the last period, at least a week', () => {
    expect(dataExtent(['2021-05', '2020-03-04'])).toEqual({
      start: day('2020-03-04'),
      end: day('2021-06-01'),
    });
    expect(dataExtent(['2023'])).toEqual({ start: day('2023-01-01'), end: day('2024-01-01') });
    expect(dataExtent(['2023-06-10'])).toEqual({ start: day('2023-06-10'), end: day('2023-06-10') + 7 });
    expect(dataExtent([])).toBeNull();
  });

  it('keeps the date under the pointer where it was', () => {
    const window = { start: day('2021-01-01'), end: day('2023-01-01') };
    const anchor = 0.25;
    const before = window.start + anchor * (window.end - window.start);
    const zoomed = zoomWindow(window, 0.5, anchor, extent);
    expect(zoomed.end - zoomed.start).toBeCloseTo((window.end - window.start) / 2);
    expect(zoomed.start + anchor * (zoomed.end - zoomed.start)).toBeCloseTo(before);
  });

  it('stops at a week going in and at the whole extent going out', () => {
    const week = zoomWindow({ start: day('2022-01-01'), end: day('2022-01-15') }, 0.01, 0.5, extent);
    expect(week.end - week.start).toBe(MIN_SPAN_DAYS);
    expect(zoomWindow({ start: day('2022-01-01'), end: day('2023-01-01') }, 100, 0.9, extent)).toEqual(
      extent,
    );
  });

  it('pans and zooms without leaving the extent', () => {
    const window = { start: day('2024-06-01'), end: day('2024-12-01') };
    const panned = panWindow(window, 400, extent);
    expect(panned.end).toBe(extent.end);
    expect(panned.end - panned.start).toBeCloseTo(window.end - window.start);
    expect(panWindow(window, -10_000, extent).start).toBe(extent.start);
    const zoomedAtEdge = zoomWindow(window, 1.5, 1, extent);
    expect(zoomedAtEdge.end).toBeLessThanOrEqual(extent.end);
    expect(clampWindow({ start: 0, end: 1e9 }, extent)).toEqual(extent);
  });

  it('picks days, then months, then years as the span grows', () => {
    expect(unitForSpan(30, 800)).toBe('day');
    expect(unitForSpan(100, 800)).toBe('day');
    expect(unitForSpan(365, 800)).toBe('month');
    expect(unitForSpan(365 * 8, 800)).toBe('month');
    expect(unitForSpan(365 * 12, 800)).toBe('year');
  });

  it('writes the window as whole days and reads back only valid ones', () => {
    const window = { start: day('2024-01-01') + 0.3, end: day('2024-04-01') + 0.2 };
    expect(toTimeWindow(window)).toEqual({ from: '2024-01-01', to: '2024-04-01' });
    expect(toDayWindow({ from: '2024-01-01', to: '2024-01-07' })).toEqual({
      start: day('2024-01-01'),
      end: day('2024-01-08'),
    });
    expect(parseTimeWindow('2024-01-01..2024-03-31')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    for (const bad of [
      null,
      '',
      '2024..2025',
      '2024-03-01..2024-01-01',
      '2024-01-01',
      'x..y',
      '2024-01-01~2024-03-31',
    ])
      expect(parseTimeWindow(bad)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { fontForZoom } from './label-size.ts';

describe('fontForZoom', () => {
  it('keeps the base size zoomed in and grows zoomed out, in whole pixels', () => {
    expect(fontForZoom(2)).toBe(11);
    expect(fontForZoom(1)).toBe(11);
    expect(fontForZoom(0.5)).toBe(22);
    expect(fontForZoom(0.7)).toBe(16);
  });

  it('stops growing at its ceiling', () => {
    expect(fontForZoom(0.05)).toBe(36);
  });
});

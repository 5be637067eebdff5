import { describe, expect, it } from 'vitest';
import { besidePoint, ringPositions, spiralPositions } from './initial-positions.ts';

describe('initial positions', () => {
  it('puts every node on its own point, whatever the input order', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `node:${i}`);
    const positions = spiralPositions(ids);
    const keys = new Set([...positions.values()].map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`));
    expect(keys.size).toBe(200);
    expect(spiralPositions([...ids].reverse())).toEqual(positions);
  });

  it('places a joining node beside its anchor at an angle fixed by its id', () => {
    const anchor = { x: 10, y: 20 };
    const point = besidePoint('official:x', anchor);
    expect(besidePoint('official:x', anchor)).toEqual(point);
    expect(Math.hypot(point.x - 10, point.y - 20)).toBeCloseTo(80);
  });
});

describe('ringPositions', () => {
  const nodes = [
    { id: 'b', degree: 1 },
    { id: 'hub', degree: 24 },
    { id: 'a', degree: 1 },
    { id: 'c', degree: 1 },
    { id: 'mid', degree: 12 },
  ];
  const distance = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);

  it('puts a lone hub in the centre and lower degrees on wider rings', () => {
    const rings = ringPositions(nodes);
    expect(rings.get('hub')).toEqual({ x: 0, y: 0 });
    expect(distance(rings.get('mid')!)).toBeGreaterThan(0);
    expect(distance(rings.get('a')!)).toBeGreaterThan(distance(rings.get('mid')!));
    expect(distance(rings.get('a')!)).toBeCloseTo(distance(rings.get('c')!));
  });

  it('gives the same picture whatever the input order, and no two nodes one point', () => {
    const rings = ringPositions(nodes);
    expect(ringPositions([...nodes].reverse())).toEqual(rings);
    const points = new Set([...rings.values()].map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`));
    expect(points.size).toBe(nodes.length);
  });
});

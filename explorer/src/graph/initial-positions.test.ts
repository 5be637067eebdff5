import { describe, expect, it } from 'vitest';
import { besidePoint, degreeSpiral, spiralPositions } from './initial-positions.ts';

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

  it('spirals out by degree from the most connected node, ties in id order, whatever the input order', () => {
    const nodes = [
      { id: 'b', degree: 1 },
      { id: 'hub', degree: 9 },
      { id: 'a', degree: 1 },
      { id: 'mid', degree: 4 },
    ];
    const placed = degreeSpiral(nodes, 14);
    const distance = (id: string) => Math.hypot(placed.get(id)!.x, placed.get(id)!.y);
    expect(distance('hub')).toBeLessThan(distance('mid'));
    expect(distance('mid')).toBeLessThan(distance('a'));
    expect(distance('a')).toBeLessThan(distance('b'));
    expect(degreeSpiral([...nodes].reverse(), 14)).toEqual(placed);
  });
});

import { describe, expect, it } from 'vitest';
import type { Subgraph } from '../api/types.ts';
import { CANVAS_KEYS, canvasOf, EMPTY_HISTORY, HISTORY_LIMIT, record, redo, undo } from './history.ts';
import { DEFAULT_VIEW } from './url-state.ts';

function graphOf(...ids: string[]): Subgraph {
  return {
    nodes: ids.map((id) => ({ id, type: 'Country', name: id, aliases: [], properties: {} })),
    edges: [],
    truncated: false,
  };
}

const one = canvasOf(graphOf('a'), { ...DEFAULT_VIEW, focus: 'a' });
const two = canvasOf(graphOf('a', 'b'), { ...DEFAULT_VIEW, focus: 'a', expanded: ['b'] });
const three = canvasOf(graphOf('a', 'b'), { ...DEFAULT_VIEW, focus: 'a', expanded: ['b'], hidden: ['b'] });

describe('canvas history', () => {
  it('keeps only what says what is drawn', () => {
    const view = { ...DEFAULT_VIEW, focus: 'a', table: true, from: '2021' };
    expect(Object.keys(canvasOf(graphOf('a'), view).view).sort()).toEqual([...CANVAS_KEYS].sort());
  });

  it('undoes changes in reverse order, then redoes them', () => {
    let history = record(record(EMPTY_HISTORY, one), two);
    const back = undo(history, three)!;
    expect(back.restore).toBe(two);
    history = back.history;
    const backAgain = undo(history, two)!;
    expect(backAgain.restore).toBe(one);
    expect(undo(backAgain.history, one)).toBeNull();
    const forward = redo(backAgain.history, one)!;
    expect(forward.restore).toBe(two);
    expect(redo(forward.history, two)!.restore).toBe(three);
  });

  it('forgets what could be redone once a new change is made', () => {
    const back = undo(record(EMPTY_HISTORY, one), two)!;
    expect(back.history.future).toHaveLength(1);
    const after = record(back.history, one);
    expect(after.future).toEqual([]);
    expect(redo(after, two)).toBeNull();
  });

  it('keeps at most the last changes', () => {
    let history = EMPTY_HISTORY;
    for (let index = 0; index < HISTORY_LIMIT + 5; index++) history = record(history, one);
    expect(history.past).toHaveLength(HISTORY_LIMIT);
  });
});

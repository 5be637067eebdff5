import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../fixtures.test-data.ts';
import {
  addToSelection,
  selectedIds,
  selectedNodes,
  selectionChoices,
  toggleSelection,
  viewAfterMerge,
} from './selection.ts';
import { DEFAULT_VIEW, type ViewState } from './url-state.ts';

const ZELENSKY = 'official:volodymyr-zelensky';
const UA = 'country:UA';
const A2024 = 'agreement:us-ua-2024';
const A2021 = 'agreement:us-ua-2021';

function state(selected: string | null, selection: string[] = [], view: Partial<ViewState> = {}) {
  return { graph: SAMPLE, selection, view: { ...DEFAULT_VIEW, ...view, selected } };
}

function refusals(ids: string[], view: Partial<ViewState> = {}, visible = 4) {
  const nodes = selectedNodes(state(ids.at(-1) ?? null, ids, view));
  return Object.fromEntries(
    selectionChoices(nodes, { ...DEFAULT_VIEW, ...view }, visible).map((c) => [c.action, c.refused]),
  );
}

describe('selection of several nodes', () => {
  it('holds while it contains the selected element, else the one selected element stands alone', () => {
    expect(selectedIds(state(UA, [ZELENSKY, UA]))).toEqual([ZELENSKY, UA]);
    expect(selectedIds(state(A2024, [ZELENSKY, UA]))).toEqual([A2024]);
    expect(selectedIds(state(null, [ZELENSKY, UA]))).toEqual([]);
  });

  it('adds and removes a node on shift-click; the panel shows the one chosen last', () => {
    const two = toggleSelection(state(UA), ZELENSKY);
    expect(two.selection).toEqual([UA, ZELENSKY]);
    expect(two.view.selected).toBe(ZELENSKY);
    const back = toggleSelection({ ...state(null), ...two, graph: SAMPLE }, ZELENSKY);
    expect(back.selection).toEqual([UA]);
    expect(back.view.selected).toBe(UA);
    expect(toggleSelection(state(UA), UA).view.selected).toBeNull();
  });

  it('starts afresh from a selected edge and keeps only loaded, shown nodes', () => {
    expect(toggleSelection(state('r1'), UA).selection).toEqual([UA]);
    expect(selectedNodes(state(UA, [ZELENSKY, 'gone', UA], { hidden: [ZELENSKY] })).map((n) => n.id)).toEqual(
      [UA],
    );
  });

  it('adds a box or everything visible without doubles', () => {
    const patch = addToSelection(state(UA), [ZELENSKY, UA, A2024]);
    expect(patch.selection).toEqual([UA, ZELENSKY, A2024]);
    expect(patch.view.selected).toBe(A2024);
  });
});

describe('actions on a selection', () => {
  it('finds paths and merges only with two selected; merges only one type', () => {
    expect(refusals([UA, ZELENSKY]).paths).toBeNull();
    expect(refusals([UA, ZELENSKY]).merge).toMatch(/Country and Official differ/);
    expect(refusals([A2021, A2024]).merge).toBeNull();
    expect(refusals([A2021, A2024, UA]).merge).toMatch(/two entities/);
    expect(refusals([A2021, A2024, UA]).paths).toMatch(/two entities/);
  });

  it('expands only what is not expanded, keeps only when something else is shown, pins or unpins', () => {
    expect(refusals([UA, ZELENSKY], { focus: UA, expanded: [ZELENSKY] }).expand).toMatch(/expanded/);
    expect(refusals([UA, ZELENSKY], { focus: UA }).expand).toBeNull();
    expect(refusals([UA, ZELENSKY], {}, 2).keep).toMatch(/Nothing else/);
    const pins = [{ id: UA, x: 0, y: 0 }];
    const label = (view: Partial<ViewState>) =>
      selectionChoices(selectedNodes(state(UA, [ZELENSKY, UA], view)), { ...DEFAULT_VIEW, ...view }, 4)[2]!
        .label;
    expect(label({ pinned: pins })).toBe('Pin');
    expect(label({ pinned: [...pins, { id: ZELENSKY, x: 1, y: 1 }] })).toBe('Unpin');
  });

  it('gives the merged entity’s place in the view to the kept one', () => {
    const view = viewAfterMerge(
      {
        ...DEFAULT_VIEW,
        focus: A2021,
        expanded: [A2024, UA],
        hidden: [A2024],
        pinned: [{ id: A2021, x: 1, y: 2 }],
        pathFrom: A2021,
      },
      A2021,
      A2024,
    );
    expect(view).toMatchObject({ focus: A2024, expanded: [UA], hidden: [], pinned: [], pathFrom: A2024 });
    expect(view.selected).toBe(A2024);
  });
});

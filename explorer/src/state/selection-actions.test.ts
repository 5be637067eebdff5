import { describe, expect, it, vi } from 'vitest';
import { SAMPLE } from '../fixtures.test-data.ts';
import type { Actions } from './actions.ts';
import { initialState } from './app-state.ts';
import { createSelectionActions } from './selection-actions.ts';
import { createStore } from './store.ts';
import { DEFAULT_VIEW } from './url-state.ts';

const ZELENSKY = 'official:volodymyr-zelensky';
const UA = 'country:UA';
const A2024 = 'agreement:us-ua-2024';
const A2021 = 'agreement:us-ua-2021';

function setup() {
  const store = createStore({
    ...initialState({ ...DEFAULT_VIEW, focus: UA, selected: A2024 }),
    graph: SAMPLE,
    selection: [ZELENSKY, A2024],
  });
  const actions = {
    expandMany: vi.fn(async () => undefined),
    loadView: vi.fn(async () => undefined),
    findPath: vi.fn(async () => undefined),
  } as unknown as Actions;
  const ops = createSelectionActions(store, actions, (id) => ({ x: id.length, y: 0 }));
  return { store, actions, ops };
}

describe('actions on the selected nodes', () => {
  it('hides them and ends the selection', () => {
    const { store, ops } = setup();
    ops.hideAll([ZELENSKY, A2024]);
    expect(store.get().view.hidden).toEqual([ZELENSKY, A2024]);
    expect(store.get().view.selected).toBeNull();
    expect(store.get().selection).toEqual([]);
  });

  it('keeps only them (and the focus) by hiding the rest', () => {
    const { store, ops } = setup();
    ops.keepOnly([ZELENSKY, A2024]);
    expect(store.get().view.hidden).toEqual([A2021]);
  });

  it('pins those not pinned, and unpins all when all are', () => {
    const { store, ops } = setup();
    ops.togglePinnedAll([ZELENSKY, A2024]);
    expect(store.get().view.pinned.map((pin) => pin.id)).toEqual([ZELENSKY, A2024]);
    ops.togglePinnedAll([ZELENSKY, A2024]);
    expect(store.get().view.pinned).toEqual([]);
  });

  it('expands them all in one go', async () => {
    const { actions, ops } = setup();
    await ops.expandAll([ZELENSKY, A2024]);
    expect(actions.expandMany).toHaveBeenCalledWith([ZELENSKY, A2024]);
  });

  it('after a merge, names the kept entity in the view and reloads it', async () => {
    const { store, actions, ops } = setup();
    ops.hideAll([ZELENSKY]);
    expect(store.get().history.past).toHaveLength(1);
    await ops.merged(A2024, A2021);
    expect(store.get().history.past).toEqual([]);
    expect(store.get().view.selected).toBe(A2021);
    expect(store.get().selection).toEqual([]);
    expect(actions.loadView).toHaveBeenCalled();
  });
});

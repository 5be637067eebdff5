// Says on the canvas when the filters would hide the focus, which stays drawn, and offers to undo that.

import { h, replaceChildren } from '../dom.ts';
import { TYPE_STYLES } from '../graph/graph-style.ts';
import { type AppStore, setView } from '../state/app-state.ts';
import { focusFiltered } from '../state/visibility.ts';

export function createFocusNoticeView(store: AppStore): HTMLElement {
  const notice = h('div', { class: 'focus-notice', role: 'status', hidden: true });
  const sync = () => {
    const { graph, view } = store.get();
    const reason = focusFiltered(graph, view);
    const focus = graph.nodes.find((node) => node.id === view.focus);
    notice.hidden = !reason || !focus;
    if (!reason || !focus) return replaceChildren(notice);
    if (reason.kind === 'hidden') {
      const unhide = () => setView(store, { hidden: view.hidden.filter((id) => id !== focus.id) });
      return replaceChildren(
        notice,
        `${focus.name} is the focus and stays shown, though it is marked hidden. `,
        h('button', { type: 'button', class: 'btn small', onclick: unhide }, 'Unhide it'),
      );
    }
    const label = TYPE_STYLES[reason.type].label;
    const show = () => setView(store, { entityTypes: [...view.entityTypes, reason.type] });
    replaceChildren(
      notice,
      `${focus.name} is the focus and stays shown, though ${label} are filtered out. `,
      h('button', { type: 'button', class: 'btn small', onclick: show }, `Show ${label}`),
    );
  };
  store.subscribe((state, previous) => {
    if (state.view !== previous.view || state.graph !== previous.graph) sync();
  });
  sync();
  return notice;
}

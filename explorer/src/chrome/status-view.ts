// Loading, empty, error and truncated states over the graph, in plain words.

import { h, replaceChildren } from '../dom.ts';
import type { AppState, AppStore } from '../state/app-state.ts';

const TRUNCATED =
  'Truncated: the server capped this subgraph. Filter or expand fewer nodes to see all of it.';

interface Overlay {
  kind: 'loading' | 'error' | 'empty' | 'note' | 'hidden';
  content: Node | null;
}

function overlayFor({ status, message, graph }: AppState, retry: () => void): Overlay {
  if (status === 'loading') {
    return {
      kind: 'loading',
      content: h(
        'div',
        { class: 'toast' },
        h('span', { class: 'spinner', 'aria-hidden': 'true' }),
        message ?? 'Loading…',
      ),
    };
  }
  if (status === 'error') {
    const box = h(
      'div',
      { class: 'error-box', role: 'alert' },
      h('strong', {}, message ?? 'Something went wrong.'),
    );
    box.append(h('button', { type: 'button', class: 'btn', onclick: retry }, 'Retry'));
    return { kind: 'error', content: box };
  }
  // Nothing open: the overview (overview-view.ts) takes the canvas.
  if (status === 'empty') return { kind: 'hidden', content: null };
  if (graph.nodes.length === 0) {
    return {
      kind: 'empty',
      content: h('div', { class: 'empty-box' }, h('p', {}, message ?? 'Nothing to show for this entity.')),
    };
  }
  return message
    ? { kind: 'note', content: h('div', { class: 'toast' }, message) }
    : { kind: 'hidden', content: null };
}

export function createStatusView(store: AppStore, retry: () => void): HTMLElement {
  const overlay = h('div', { class: 'graph-overlay', role: 'status', 'aria-live': 'polite' });
  const banner = h('div', { class: 'truncated-banner', role: 'status', hidden: true }, TRUNCATED);
  const sync = () => {
    const state = store.get();
    const { kind, content } = overlayFor(state, retry);
    overlay.className = `graph-overlay ${kind}`;
    replaceChildren(overlay, content);
    banner.hidden = !(state.status === 'ready' && state.graph.truncated);
  };
  store.subscribe((state, previous) => {
    if (
      state.status !== previous.status ||
      state.message !== previous.message ||
      state.graph !== previous.graph
    )
      sync();
  });
  sync();
  return h('div', { class: 'status-layer' }, overlay, banner);
}

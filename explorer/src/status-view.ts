// Loading, empty, error and truncated states over the graph, in plain words.
import type { AppStore } from './app-state.ts';
import { h, replaceChildren } from './dom.ts';

export function createStatusView(store: AppStore, retry: () => void): HTMLElement {
  const overlay = h('div', { class: 'graph-overlay', role: 'status', 'aria-live': 'polite' });
  const banner = h('div', { class: 'truncated-banner', role: 'status', hidden: true });
  const sync = () => {
    const { status, message, graph } = store.get();
    overlay.className = `graph-overlay ${status}`;
    banner.hidden = !(status === 'ready' && graph.truncated);
    replaceChildren(
      banner,
      'Truncated: the server capped this subgraph. Filter or expand fewer nodes to see all of it.',
    );
    if (status === 'loading') {
      replaceChildren(overlay, h('div', { class: 'spinner', 'aria-hidden': 'true' }), message ?? 'Loading…');
    } else if (status === 'error') {
      replaceChildren(
        overlay,
        h(
          'div',
          { class: 'error-box', role: 'alert' },
          h('strong', {}, message ?? 'Something went wrong.'),
          h('button', { type: 'button', class: 'btn', onclick: retry }, 'Retry'),
        ),
      );
    } else if (status === 'empty') {
      replaceChildren(
        overlay,
        h(
          'div',
          { class: 'empty-box' },
          h('h2', {}, 'Explore who signed what, with whom, when'),
          h(
            'p',
            {},
            'Search for a country, an official, an organisation, an agreement or an attack. Press / to jump to the search field.',
          ),
        ),
      );
    } else if (graph.nodes.length === 0) {
      replaceChildren(
        overlay,
        h('div', { class: 'empty-box' }, h('p', {}, message ?? 'Nothing to show for this entity.')),
      );
    } else {
      overlay.className = 'graph-overlay hidden';
      replaceChildren(overlay, message ? h('div', { class: 'toast' }, message) : null);
      if (message) overlay.className = 'graph-overlay note';
    }
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

// The first screen: what the data holds (counts by type, most connected, latest events) and a starting
// graph, each one click from the canvas. Shown while nothing is open.

import { fetchOverview } from '../api/api.ts';
import { describeError } from '../api/graphql-request.ts';
import { h, replaceChildren } from '../dom.ts';
import { TYPE_STYLES } from '../graph/graph-style.ts';
import { typeBadge } from '../panels/panel-parts.ts';
import type { Actions } from '../state/actions.ts';
import type { AppStore } from '../state/app-state.ts';
import { type Overview, type OverviewEntity, toOverview } from './overview.ts';

const TITLE = 'Explore who signed what, with whom, when';

function entityButton(node: OverviewEntity, detail: string, actions: Actions): HTMLElement {
  return h(
    'li',
    {},
    h(
      'button',
      { type: 'button', class: 'overview-entity', onclick: () => void actions.focusOn(node.id) },
      typeBadge(node.type),
      h('span', { class: 'name' }, node.name),
      h('span', { class: 'when' }, detail),
    ),
  );
}

function countsList(overview: Overview): HTMLElement {
  return h(
    'ul',
    { class: 'overview-counts', 'aria-label': 'Entities by type' },
    ...overview.counts.map(({ type, count }) =>
      h(
        'li',
        { 'data-type': type },
        h('strong', {}, String(count)),
        h('span', { style: `--swatch:${TYPE_STYLES[type].color}` }, TYPE_STYLES[type].label),
      ),
    ),
  );
}

function overviewContent(overview: Overview, actions: Actions): HTMLElement {
  const { start } = overview;
  return h(
    'div',
    { class: 'overview-box' },
    h('h2', {}, TITLE),
    countsList(overview),
    start
      ? h(
          'button',
          { type: 'button', class: 'btn primary', onclick: () => void actions.openMany(start.ids) },
          `Start with the agreements and attacks of ${start.month} (${start.ids.length})`,
        )
      : null,
    h(
      'div',
      { class: 'overview-columns' },
      h(
        'section',
        { 'aria-label': 'Most connected' },
        h('h3', {}, 'Most connected'),
        h('ul', {}, ...overview.hubs.map((hub) => entityButton(hub.node, `${hub.degree} facts`, actions))),
      ),
      h(
        'section',
        { 'aria-label': 'Latest events' },
        h('h3', {}, 'Latest events'),
        h('ul', {}, ...overview.latest.map((event) => entityButton(event.node, event.date, actions))),
      ),
    ),
    h('p', { class: 'hint' }, 'Or search above: press / to jump to the search field.'),
  );
}

export function createOverviewView(store: AppStore, actions: Actions): HTMLElement {
  const root = h('section', { class: 'overview', 'aria-label': 'Overview', hidden: true });
  let loaded = false;
  const load = async () => {
    loaded = true;
    replaceChildren(root, h('div', { class: 'overview-box' }, h('h2', {}, TITLE), h('p', {}, 'Loading…')));
    try {
      replaceChildren(root, overviewContent(toOverview(await fetchOverview()), actions));
    } catch (error) {
      loaded = false;
      replaceChildren(
        root,
        h('div', { class: 'overview-box' }, h('h2', {}, TITLE), h('p', {}, describeError(error))),
      );
    }
  };
  const sync = () => {
    root.hidden = store.get().status !== 'empty';
    if (!root.hidden && !loaded) void load();
  };
  store.subscribe((state, previous) => state.status !== previous.status && sync());
  sync();
  return root;
}

// Shows the details of the selected node or the sources of the selected edge, fetched on selection.

import { fetchEdgeSources, fetchEntity } from '../api/api.ts';
import { describeError } from '../api/graphql-request.ts';
import type { Correction } from '../api/types.ts';
import { h, replaceChildren } from '../dom.ts';
import { isBundleId } from '../graph/edge-bundles.ts';
import type { Actions } from '../state/actions.ts';
import { type AppState, type AppStore, setView } from '../state/app-state.ts';
import { bundleMembers, bundlePanel } from './bundle-panel.ts';
import { detailsPanel } from './details-panel.ts';
import { entityTrail } from './entity-trail.ts';
import { eventSections } from './event-panel.ts';
import { placeholder } from './panel-parts.ts';
import { sourcesPanel } from './sources-panel.ts';

type PositionOf = (id: string) => { x: number; y: number };

const WELCOME =
  'Select a node to see its properties, roles and articles, or an edge to read its sources. Double-click a node to expand it.';

async function nodeContent(
  id: string,
  store: AppStore,
  actions: Actions,
  positionOf: PositionOf,
  refresh: () => void,
): Promise<HTMLElement> {
  const details = await fetchEntity(id);
  if (!details) return placeholder(`No entity with id ${id}.`, 'error');
  const panel = detailsPanel(details, store, actions, positionOf(id));
  // Counts and claims go right under the header and actions: for an event they are what is checked.
  const event = await eventSections(details, refresh);
  panel.querySelector('.action-bar')?.after(...event);
  if (event.length === 0) {
    // A split merge brings the merged entity back onto the canvas.
    const undone = (correction: Correction) => {
      if (correction.action === 'MERGE')
        setView(store, { expanded: [...new Set([...store.get().view.expanded, correction.about])] });
      refresh();
    };
    const trail = await entityTrail(id, undone);
    if (trail) panel.querySelector('.action-bar')?.after(trail);
  }
  return panel;
}

async function edgeContent(state: AppState, edgeId: string, refresh: () => void): Promise<HTMLElement> {
  const edge = state.graph.edges.find((candidate) => candidate.id === edgeId)!;
  const nodes = new Map(state.graph.nodes.map((node) => [node.id, node]));
  const sources = await fetchEdgeSources(edge.id);
  const curation = {
    id: edge.id,
    fields: [{ key: 'date', label: 'date', kind: 'date' as const, current: edge.date ?? '' }],
    onChanged: refresh,
  };
  return sourcesPanel({ edge, from: nodes.get(edge.source), to: nodes.get(edge.target) }, sources, curation);
}

/** Re-render when the selection changes, when what the panel's buttons show changes, or when data arrives. */
function needsRender(
  state: AppState,
  previous: AppState,
  shown: string | null | undefined,
  resolved: boolean,
): boolean {
  const { view } = state;
  const before = previous.view;
  const buttonsChanged =
    view.pinned !== before.pinned ||
    view.expanded !== before.expanded ||
    view.expandedBy !== before.expandedBy ||
    view.hidden !== before.hidden;
  return view.selected !== shown || buttonsChanged || (state.graph !== previous.graph && !resolved);
}

export function createSidePanel(
  root: HTMLElement,
  store: AppStore,
  actions: Actions,
  positionOf: PositionOf,
): void {
  let token = 0;
  let shown: string | null | undefined;
  // False while the selected id is not in the loaded graph yet (a reopened link before its data).
  let resolved = false;

  async function show(state: AppState): Promise<void> {
    const id = state.view.selected;
    const mine = ++token;
    const edge = id ? state.graph.edges.find((candidate) => candidate.id === id) : undefined;
    const isNode = id ? state.graph.nodes.some((node) => node.id === id) || id === state.view.focus : false;
    const isBundle = isBundleId(id) && bundleMembers(state, id!).length > 0;
    resolved = !id || Boolean(edge) || isNode || isBundle;
    if (isBundle) return replaceChildren(root, bundlePanel(state, id!, actions));
    if (!id || (!edge && !isNode)) {
      replaceChildren(root, h('div', { class: 'panel-intro' }, h('h2', {}, 'Details'), placeholder(WELCOME)));
      return;
    }
    replaceChildren(root, placeholder(edge ? 'Loading sources…' : 'Loading details…', 'loading'));
    try {
      const content = edge
        ? await edgeContent(state, edge.id, refresh)
        : await nodeContent(id, store, actions, positionOf, refresh);
      if (mine === token) replaceChildren(root, content);
    } catch (error) {
      if (mine === token) replaceChildren(root, placeholder(describeError(error), 'error'));
    }
  }

  // After an analyst's change: reload the graph (a rejected fact leaves it) and the panel's data.
  const refresh = () => {
    void actions.loadView().then(() => show(store.get()));
  };

  store.subscribe((state, previous) => {
    if (needsRender(state, previous, shown, resolved)) {
      shown = state.view.selected;
      void show(state);
    }
  });
  void show(store.get());
}

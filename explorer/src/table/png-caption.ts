// The words printed above an exported picture: what it shows, over which dates, and when it was made.
import { ENTITY_TYPES } from '../../../schema/graph-model.ts';
import type { EntityType, Subgraph } from '../api/types.ts';
import type { ViewState } from '../state/url-state.ts';

export interface Caption {
  title: string;
  range: string;
  legend: { type: EntityType; count: number }[];
}

export function pngCaption(view: ViewState, shown: Subgraph, exportedOn: string): Caption {
  const focus = shown.nodes.find((node) => node.id === view.focus);
  const title = focus ? `Newsgraph: ${focus.name}` : `Newsgraph: ${shown.nodes.length} entities`;
  const dates = view.from || view.to ? `${view.from ?? 'the start'} to ${view.to ?? 'now'}` : 'all dates';
  const legend = ENTITY_TYPES.map((type) => ({
    type,
    count: shown.nodes.filter((node) => node.type === type).length,
  })).filter((entry) => entry.count > 0);
  return {
    title,
    range: `${dates} · ${shown.edges.length} relations${view.showUndated ? '' : ' (dated only)'} · exported ${exportedOn}`,
    legend,
  };
}

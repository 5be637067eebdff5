// The filters in force, in words: what the canvas is not showing is never a silent choice.
import { ENTITY_TYPES, RELATION_TYPES } from '../../../schema/graph-model.ts';
import { TYPE_STYLES } from '../graph/graph-style.ts';
import type { ViewState } from './url-state.ts';

export type FilterPatch = Partial<
  Pick<ViewState, 'entityTypes' | 'relationTypes' | 'from' | 'to' | 'showUndated' | 'hidden' | 'knownAt'>
>;

export interface ActiveFilter {
  text: string;
  /** The view change that lifts this filter. */
  clear: FilterPatch;
}

function listOf(shown: readonly string[], all: readonly string[], name: (item: string) => string): string {
  return shown.length <= all.length / 2
    ? `only ${shown.map(name).join(', ') || 'none'}`
    : `no ${all
        .filter((item) => !shown.includes(item))
        .map(name)
        .join(', ')}`;
}

export function activeFilters(view: ViewState): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  if (view.entityTypes.length < ENTITY_TYPES.length) {
    const text = listOf(
      view.entityTypes,
      ENTITY_TYPES,
      (type) => TYPE_STYLES[type as keyof typeof TYPE_STYLES].label,
    );
    filters.push({ text: `Entities: ${text}`, clear: { entityTypes: [...ENTITY_TYPES] } });
  }
  if (view.relationTypes.length < RELATION_TYPES.length) {
    filters.push({
      text: `Relations: ${listOf(view.relationTypes, RELATION_TYPES, (type) => type)}`,
      clear: { relationTypes: [...RELATION_TYPES] },
    });
  }
  if (view.from || view.to) {
    filters.push({
      text: `Dates: ${view.from ?? '…'} to ${view.to ?? '…'}`,
      clear: { from: null, to: null },
    });
  }
  if (!view.showUndated) filters.push({ text: 'Undated relations hidden', clear: { showUndated: true } });
  if (view.hidden.length > 0) {
    filters.push({
      text: `${view.hidden.length} node${view.hidden.length === 1 ? '' : 's'} hidden`,
      clear: { hidden: [] },
    });
  }
  if (view.knownAt) filters.push({ text: `As known at ${view.knownAt}`, clear: { knownAt: null } });
  return filters;
}

// The shareable part of the view, to and from the URL's query string: a copied link reopens the same view.
import { ENTITY_TYPES, isEntityType, isRelationType, RELATION_TYPES } from '../../schema/graph-model.ts';
import { isDatePrefix } from './date-input.ts';
import type { SizeMeasure } from './node-weights.ts';
import type { EntityType, RelationType } from './types.ts';

export interface Pin {
  id: string;
  x: number;
  y: number;
}

export interface ViewState {
  focus: string | null;
  expanded: string[];
  hidden: string[];
  pinned: Pin[];
  /** Entity types shown; all by default. */
  entityTypes: EntityType[];
  /** Relation types shown; all by default. */
  relationTypes: RelationType[];
  from: string | null;
  to: string | null;
  showUndated: boolean;
  selected: string | null;
  pathFrom: string | null;
  pathTo: string | null;
  /** What node size stands for. */
  size: SizeMeasure;
}

export const DEFAULT_VIEW: ViewState = {
  focus: null,
  expanded: [],
  hidden: [],
  pinned: [],
  entityTypes: [...ENTITY_TYPES],
  relationTypes: [...RELATION_TYPES],
  from: null,
  to: null,
  showUndated: true,
  selected: null,
  pathFrom: null,
  pathTo: null,
  size: 'degree',
};

function datePrefix(value: string | null): string | null {
  return isDatePrefix(value) ? value : null;
}

function parsePin(value: string): Pin | null {
  const at = value.lastIndexOf('@');
  if (at <= 0) return null;
  const [x, y] = value
    .slice(at + 1)
    .split(',')
    .map(Number);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  return { id: value.slice(0, at), x: x!, y: y! };
}

/** Reads a view from a query string; unknown or malformed values fall back to the defaults. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const entityTypes = params.getAll('et').filter(isEntityType);
  const relationTypes = params.getAll('rt').filter(isRelationType);
  return {
    focus: params.get('focus') || null,
    expanded: unique(params.getAll('expand')),
    hidden: unique(params.getAll('hide')),
    pinned: params
      .getAll('pin')
      .map(parsePin)
      .filter((pin): pin is Pin => pin !== null),
    entityTypes: params.has('et') ? entityTypes : [...ENTITY_TYPES],
    relationTypes: params.has('rt') ? relationTypes : [...RELATION_TYPES],
    from: datePrefix(params.get('from')),
    to: datePrefix(params.get('to')),
    showUndated: params.get('undated') !== '0',
    selected: params.get('sel') || null,
    pathFrom: params.get('pathFrom') || null,
    pathTo: params.get('pathTo') || null,
    size: params.get('size') === 'sources' ? 'sources' : 'degree',
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))];
}

/** Writes only what differs from the defaults, so links stay short. */
export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.focus) params.set('focus', view.focus);
  for (const id of view.expanded) params.append('expand', id);
  for (const id of view.hidden) params.append('hide', id);
  for (const pin of view.pinned) params.append('pin', `${pin.id}@${Math.round(pin.x)},${Math.round(pin.y)}`);
  if (view.entityTypes.length !== ENTITY_TYPES.length) {
    if (view.entityTypes.length === 0) params.append('et', '');
    for (const type of view.entityTypes) params.append('et', type);
  }
  if (view.relationTypes.length !== RELATION_TYPES.length) {
    if (view.relationTypes.length === 0) params.append('rt', '');
    for (const type of view.relationTypes) params.append('rt', type);
  }
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (!view.showUndated) params.set('undated', '0');
  if (view.selected) params.set('sel', view.selected);
  if (view.pathFrom) params.set('pathFrom', view.pathFrom);
  if (view.pathTo) params.set('pathTo', view.pathTo);
  if (view.size !== DEFAULT_VIEW.size) params.set('size', view.size);
  const text = params.toString();
  return text ? `?${text}` : '';
}

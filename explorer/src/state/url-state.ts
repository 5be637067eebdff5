// The shareable part of the view, to and from the URL's query string: a copied link reopens the same view.
import { ENTITY_TYPES, isEntityType, isRelationType, RELATION_TYPES } from '../../../schema/graph-model.ts';
import type { EntityType, RelationType } from '../api/types.ts';
import type { SizeMeasure } from '../graph/node-weights.ts';
import { isTableColumn, type TableColumn } from '../table/fact-table.ts';
import { formatTimeWindow, parseTimeWindow, type TimeWindow } from '../timeline/time-zoom.ts';
import { BIN_UNITS, type BinUnit } from '../timeline/timeline-bins.ts';
import { isDatePrefix } from './date-input.ts';

export interface Pin {
  id: string;
  x: number;
  y: number;
}

/** A node whose neighbours were added through some relation types only (the expand menu). */
export interface TypedExpansion {
  id: string;
  types: RelationType[];
}

export interface ViewState {
  focus: string | null;
  /** Nodes whose whole neighbourhoods are drawn (expanded, or added to the canvas from the search). */
  expanded: string[];
  /** Nodes expanded through some relation types only. */
  expandedBy: TypedExpansion[];
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
  /** The table of visible facts instead of the canvas, with its sort and filter. */
  table: boolean;
  tableSort: TableColumn;
  tableDesc: boolean;
  tableQuery: string;
  /** Path finder constraints: hop limit (1–6), relation types (empty: all) and a date range. */
  pathHops: number;
  pathTypes: RelationType[];
  pathDateFrom: string | null;
  pathDateTo: string | null;
  /** Time bar bins: chosen by span, or years, months or days. */
  bin: BinUnit | 'auto';
  /** The time bar's zoom: the days it shows; null for all the dates in view. */
  timeWindow: TimeWindow | null;
  /** The graph as the sources had published it by this date; null for everything known now. */
  knownAt: string | null;
}

export const MAX_PATH_HOPS = 6;

export const DEFAULT_VIEW: ViewState = {
  focus: null,
  expanded: [],
  expandedBy: [],
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
  table: false,
  tableSort: 'date',
  tableDesc: false,
  tableQuery: '',
  pathHops: 4,
  pathTypes: [],
  pathDateFrom: null,
  pathDateTo: null,
  bin: 'auto',
  timeWindow: null,
  knownAt: null,
};

function datePrefix(value: string | null): string | null {
  return isDatePrefix(value) ? value : null;
}

function pathHops(value: string | null): number {
  const hops = Number(value);
  return Number.isInteger(hops) && hops >= 1 && hops <= MAX_PATH_HOPS ? hops : DEFAULT_VIEW.pathHops;
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

/** `country:UA~SIGNED,PARTY_TO`: the id, then the relation types its neighbours were added by. */
function parseTypedExpansion(value: string): TypedExpansion | null {
  const at = value.lastIndexOf('~');
  if (at <= 0) return null;
  const types = [...new Set(value.slice(at + 1).split(','))].filter(isRelationType);
  return types.length > 0 ? { id: value.slice(0, at), types } : null;
}

/** Reads a view from a query string; unknown or malformed values fall back to the defaults. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const entityTypes = params.getAll('et').filter(isEntityType);
  const relationTypes = params.getAll('rt').filter(isRelationType);
  return {
    focus: params.get('focus') || null,
    expanded: unique(params.getAll('expand')),
    expandedBy: params
      .getAll('expandBy')
      .map(parseTypedExpansion)
      .filter((entry): entry is TypedExpansion => entry !== null),
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
    table: params.get('table') === '1',
    tableSort: isTableColumn(params.get('tsort')) ? (params.get('tsort') as TableColumn) : 'date',
    tableDesc: params.get('tdesc') === '1',
    tableQuery: params.get('tq') ?? '',
    pathHops: pathHops(params.get('phops')),
    pathTypes: params.getAll('ptype').filter(isRelationType),
    pathDateFrom: datePrefix(params.get('pdfrom')),
    pathDateTo: datePrefix(params.get('pdto')),
    bin: (BIN_UNITS as readonly string[]).includes(params.get('bin') ?? '')
      ? (params.get('bin') as BinUnit)
      : 'auto',
    timeWindow: parseTimeWindow(params.get('tzoom')),
    knownAt: datePrefix(params.get('known')),
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
  for (const { id, types } of view.expandedBy) params.append('expandBy', `${id}~${types.join(',')}`);
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
  if (view.table) params.set('table', '1');
  if (view.tableSort !== DEFAULT_VIEW.tableSort) params.set('tsort', view.tableSort);
  if (view.tableDesc) params.set('tdesc', '1');
  if (view.tableQuery) params.set('tq', view.tableQuery);
  if (view.pathHops !== DEFAULT_VIEW.pathHops) params.set('phops', String(view.pathHops));
  for (const type of view.pathTypes) params.append('ptype', type);
  if (view.pathDateFrom) params.set('pdfrom', view.pathDateFrom);
  if (view.pathDateTo) params.set('pdto', view.pathDateTo);
  if (view.bin !== 'auto') params.set('bin', view.bin);
  if (view.timeWindow) params.set('tzoom', formatTimeWindow(view.timeWindow));
  if (view.knownAt) params.set('known', view.knownAt);
  const text = params.toString();
  return text ? `?${text}` : '';
}

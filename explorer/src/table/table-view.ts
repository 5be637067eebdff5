// The table of visible facts over the canvas: sortable columns, a filter, CSV with quotes and article
// links. Its sort, filter and whether it is open live in the URL.

import { fetchEvidence } from '../api/api.ts';
import { describeError } from '../api/graphql-request.ts';
import type { Subgraph } from '../api/types.ts';
import { h, replaceChildren } from '../dom.ts';
import type { Actions } from '../state/actions.ts';
import { type AppState, type AppStore, setView } from '../state/app-state.ts';
import { download, fileStem, visibleSubgraph } from './export-view.ts';
import {
  type Evidence,
  type FactRow,
  factRows,
  TABLE_COLUMNS,
  type TableColumn,
  toCsv,
  viewRows,
} from './fact-table.ts';

const HEADINGS: Record<TableColumn, string> = {
  date: 'Date',
  type: 'Type',
  from: 'From',
  to: 'To',
  sourceCount: 'Sources',
  modality: 'Modality',
  quote: 'Quote',
};

function headerRow(state: AppState, store: AppStore): HTMLElement {
  const { tableSort, tableDesc } = state.view;
  return h(
    'tr',
    {},
    ...TABLE_COLUMNS.map((column) => {
      const sorted = column === tableSort;
      const sort = () => setView(store, { tableSort: column, tableDesc: sorted ? !tableDesc : false });
      return h(
        'th',
        { scope: 'col', 'aria-sort': sorted ? (tableDesc ? 'descending' : 'ascending') : 'none' },
        h(
          'button',
          { type: 'button', class: 'sort', onclick: sort },
          HEADINGS[column],
          sorted ? (tableDesc ? ' ▼' : ' ▲') : '',
        ),
      );
    }),
  );
}

function bodyRow(row: FactRow, actions: Actions): HTMLElement {
  return h(
    'tr',
    { 'data-edge-id': row.id, tabindex: 0, onclick: () => actions.select(row.id) },
    ...TABLE_COLUMNS.map((column) => h('td', { class: `col-${column}` }, String(row[column]))),
  );
}

export interface TableView {
  element: HTMLElement;
  /** The visible facts with their evidence, as the table and the exports see them. */
  evidence(): Promise<Map<string, Evidence>>;
}

export function createTableView(store: AppStore, actions: Actions): TableView {
  const filter = h('input', {
    type: 'search',
    'aria-label': 'Filter facts',
    placeholder: 'Filter: words in any column',
  });
  const summary = h('span', { class: 'hint', role: 'status' });
  const table = h('table', { class: 'fact-table' });
  let cache: { graph: Subgraph; evidence: Promise<Map<string, Evidence>> } | null = null;
  const evidence = () => {
    const { graph } = store.get();
    // Every drawn fact's sources by its id (edges(ids:)), whatever filter then hides some of them.
    if (cache?.graph !== graph)
      cache = { graph, evidence: fetchEvidence(graph.edges.map((edge) => edge.id)) };
    return cache.evidence;
  };
  const rows = async () =>
    viewRows(
      factRows(visibleSubgraph(store), await evidence()),
      store.get().view.tableQuery,
      store.get().view.tableSort,
      store.get().view.tableDesc,
    );
  const exportCsv = async () =>
    download(`${fileStem(store)}-facts.csv`, new Blob([toCsv(await rows())], { type: 'text/csv' }));
  const element = h(
    'section',
    { class: 'table-view', 'aria-label': 'Facts table', hidden: true },
    h(
      'div',
      { class: 'table-controls' },
      filter,
      summary,
      h('button', { type: 'button', class: 'btn', onclick: () => void exportCsv() }, 'Export CSV'),
    ),
    h('div', { class: 'table-scroll' }, table),
  );
  filter.addEventListener('input', () => setView(store, { tableQuery: filter.value }));
  const render = async () => {
    const state = store.get();
    element.hidden = !state.view.table;
    if (!state.view.table) return;
    if (document.activeElement !== filter) filter.value = state.view.tableQuery;
    try {
      const shown = await rows();
      if (store.get() !== state) return;
      summary.textContent = `${shown.length} fact${shown.length === 1 ? '' : 's'}`;
      replaceChildren(
        table,
        h('thead', {}, headerRow(state, store)),
        h('tbody', {}, ...shown.map((row) => bodyRow(row, actions))),
      );
    } catch (error) {
      summary.textContent = describeError(error);
    }
  };
  store.subscribe((state, previous) => {
    if (state.view !== previous.view || state.graph !== previous.graph) void render();
  });
  void render();
  return { element, evidence };
}

// The visible facts as table rows: pure, so sorting, filtering and CSV can be tested without a page.
import type { GraphEdge, Modality, Source, Subgraph } from '../api/types.ts';

/** What the table shows beyond the drawn edge: its modality and sources (fetched on demand). */
export interface Evidence {
  id: string;
  modality: Modality;
  sources: Source[];
}

export interface FactRow {
  id: string;
  date: string;
  type: GraphEdge['type'];
  from: string;
  to: string;
  sourceCount: number;
  modality: string;
  quote: string;
  sources: Source[];
}

export const TABLE_COLUMNS = ['date', 'type', 'from', 'to', 'sourceCount', 'modality', 'quote'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export function isTableColumn(value: string | null): value is TableColumn {
  return (TABLE_COLUMNS as readonly string[]).includes(value ?? '');
}

export function factRows(graph: Subgraph, evidence: Map<string, Evidence>): FactRow[] {
  const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
  return graph.edges.map((edge) => {
    const found = evidence.get(edge.id);
    const sources = found?.sources ?? [];
    return {
      id: edge.id,
      date: edge.date ?? '',
      type: edge.type,
      from: names.get(edge.source) ?? edge.source,
      to: names.get(edge.target) ?? edge.target,
      sourceCount: edge.sourceCount,
      modality: found?.modality.toLowerCase() ?? '',
      quote: sources[0]?.quote ?? '',
      sources,
    };
  });
}

/** Rows whose cells contain every word of the query (case-insensitive), sorted by one column. */
export function viewRows(rows: FactRow[], query: string, sort: TableColumn, descending: boolean): FactRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = rows.filter((row) => {
    const text = TABLE_COLUMNS.map((column) => String(row[column]))
      .join(' ')
      .toLowerCase();
    return words.every((word) => text.includes(word));
  });
  const direction = descending ? -1 : 1;
  return matching.sort((a, b) => {
    const x = a[sort];
    const y = b[sort];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return order * direction || a.id.localeCompare(b.id);
  });
}

/** A CSV cell: quoted when needed; a leading = + - @ is defused so spreadsheets never run it. */
function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_HEADER = [
  'date',
  'type',
  'from',
  'to',
  'sourceCount',
  'modality',
  'quote',
  'articleTitle',
  'publisher',
  'publishedAt',
  'articleUrl',
];

/** One line per fact and source, so each quote sits beside its article's link. */
export function toCsv(rows: FactRow[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const row of rows) {
    const base = [row.date, row.type, row.from, row.to, row.sourceCount, row.modality];
    const sources = row.sources.length > 0 ? row.sources : [null];
    for (const source of sources) {
      const article = source?.article;
      lines.push(
        [
          ...base,
          source?.quote ?? '',
          article?.title ?? '',
          article?.publisher ?? '',
          article?.publishedAt ?? '',
          article?.url ?? '',
        ]
          .map(cell)
          .join(','),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

// The sources panel of an edge: who did what to whom and when, then every source quote in context.

import type { EdgeSources, GraphEdge, GraphNode, Source } from '../api/types.ts';
import { h } from '../dom.ts';
import { claimsSection, quoteBlock } from './claims-section.ts';
import { type CurationTarget, curationSection } from './curation-section.ts';
import { articleMeta, placeholder, propertyList, section, typeBadge } from './panel-parts.ts';

const PRECISION: Record<string, string> = {
  day: 'exact day',
  month: 'month',
  year: 'year',
  published: 'publication date of the article',
  none: 'undated',
};

/** A quote shown in its context, the stated span highlighted; every string goes in as text. */
function sourceItem(source: Source): HTMLElement {
  return h(
    'li',
    { class: 'source' },
    quoteBlock(source.article.text, source.quote, source.start, source.end),
    articleMeta(source.article),
  );
}

export interface EdgeEnds {
  edge: GraphEdge;
  from: GraphNode | undefined;
  to: GraphNode | undefined;
}

function endpoint(node: GraphNode | undefined, fallback: string): HTMLElement {
  return h('span', { class: 'endpoint' }, node ? typeBadge(node.type) : null, node?.name ?? fallback);
}

function reviewLine(sources: EdgeSources | null): HTMLElement | null {
  if (!sources) return null;
  const parts = [`modality ${sources.modality.toLowerCase()}`];
  if (sources.review) parts.push(`${sources.review} by an analyst`);
  if (sources.dateFrom && sources.dateTo && sources.dateFrom !== sources.dateTo) {
    parts.push(`sources date it ${sources.dateFrom} to ${sources.dateTo}`);
  }
  const conflicts =
    sources.conflicting.length > 0 ? `sources disagree on ${sources.conflicting.join(', ')}` : null;
  return h(
    'p',
    { class: 'edge-review' },
    parts.join(' · '),
    conflicts ? h('span', { class: 'conflict-flag' }, ` · ⚠ ${conflicts}`) : null,
  );
}

export function sourcesPanel(
  { edge, from, to }: EdgeEnds,
  sources: EdgeSources | null,
  curation: CurationTarget,
): HTMLElement {
  const date = edge.date ?? 'Undated';
  const items = sources?.sources ?? [];
  const claims = sources?.claims ?? [];
  return h(
    'article',
    { class: 'sources', 'aria-label': `Sources of ${edge.type}` },
    h(
      'header',
      { class: 'panel-header' },
      h(
        'div',
        { class: 'edge-ends' },
        endpoint(from, edge.source),
        h(
          'span',
          { class: 'edge-link' },
          h('span', { class: 'rel-arrow' }, '↓'),
          h('span', { class: 'rel-type big' }, edge.type),
        ),
        endpoint(to, edge.target),
      ),
      h(
        'p',
        { class: 'edge-date' },
        h('strong', { 'data-field': 'date' }, date),
        ` · ${PRECISION[edge.datePrecision] ?? edge.datePrecision} · confidence ${Math.round(edge.confidence * 100)}%`,
      ),
    ),
    reviewLine(sources),
    propertyList(edge.properties) ? section('Properties', propertyList(edge.properties)) : null,
    // Claims say who states the fact and how; plain sources only when the server has no claims.
    claims.length > 0
      ? claimsSection(claims)
      : section(
          `Sources (${items.length || edge.sourceCount})`,
          items.length > 0
            ? h('ol', { class: 'source-list' }, ...items.map(sourceItem))
            : placeholder('The server returned no source for this relation.'),
        ),
    curationSection(curation),
  );
}

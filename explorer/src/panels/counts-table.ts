// An attack's counts as each source gives them, side by side, with the derived low / best / high and
// the rows where sources disagree flagged.

import { type Claim, COUNT_KEYS, type CountKey, type Estimate } from '../api/types.ts';
import { h } from '../dom.ts';
import { claimant } from './claims-section.ts';
import { section } from './panel-parts.ts';

function estimateText(estimate: Estimate | null): string {
  if (!estimate) return '—';
  return estimate.low === estimate.high
    ? String(estimate.best)
    : `${estimate.low}–${estimate.high} (best ${estimate.best})`;
}

export function countsTable(counts: Record<CountKey, Estimate | null>, claims: Claim[]): HTMLElement | null {
  const keys = COUNT_KEYS.filter((key) => counts[key] || claims.some((claim) => claim.values[key] != null));
  if (keys.length === 0) return null;
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, 'Count'),
    ...claims.map((claim) => h('th', { scope: 'col', title: claim.article.title ?? '' }, claimant(claim))),
    h('th', { scope: 'col' }, 'Estimate'),
  );
  const rows = keys.map((key) => {
    const estimate = counts[key];
    const conflicting = estimate?.conflicting ?? false;
    return h(
      'tr',
      { class: conflicting ? 'conflicting' : '', 'data-count': key },
      h('th', { scope: 'row' }, key),
      ...claims.map((claim) => h('td', {}, claim.values[key] == null ? '—' : String(claim.values[key]))),
      h(
        'td',
        {},
        estimateText(estimate),
        conflicting ? h('span', { class: 'conflict-flag' }, ' ⚠ sources disagree') : null,
      ),
    );
  });
  return section(
    'Counts by source',
    h('table', { class: 'counts-table' }, h('thead', {}, head), h('tbody', {}, ...rows)),
  );
}

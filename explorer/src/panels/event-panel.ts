// The event part of an attack's or agreement's panel: each source's counts side by side, the claims,
// when an agreement ends, and the analyst's review.
import { fetchEventClaims } from '../api/api.ts';
import { COUNT_KEYS, type EntityDetails } from '../api/types.ts';
import { h } from '../dom.ts';
import { claimsSection } from './claims-section.ts';
import { countsTable } from './counts-table.ts';
import { curationSection } from './curation-section.ts';
import { section } from './panel-parts.ts';

export async function eventSections(details: EntityDetails, refresh: () => void): Promise<HTMLElement[]> {
  if (details.type !== 'Attack' && details.type !== 'Agreement') return [];
  const event = await fetchEventClaims(details.entityId);
  if (!event) return [];
  const claims = event.claims ?? [];
  const counts = event.counts ? countsTable(event.counts, claims) : null;
  const fields = event.counts
    ? COUNT_KEYS.map((key) => ({
        key,
        label: key,
        kind: 'number' as const,
        current: event.counts?.[key] ? String(event.counts[key]!.best) : '',
      }))
    : [];
  return [
    counts,
    event.validUntil ? section('In force until', h('p', {}, event.validUntil)) : null,
    claims.length > 0 ? claimsSection(claims) : null,
    curationSection({ id: details.entityId, fields, onChanged: refresh }),
  ].filter((element): element is HTMLElement => element !== null);
}

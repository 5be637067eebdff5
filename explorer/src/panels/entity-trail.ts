// The audit trail of an entity that is not an event (an event's review section has its own): the merges
// of another entity into it, or of it, each undone from here with the analyst's key.
import { fetchCorrections, undoCorrection } from '../api/curation-api.ts';
import { describeError } from '../api/graphql-request.ts';
import type { Correction } from '../api/types.ts';
import { h, replaceChildren } from '../dom.ts';
import { readAnalyst } from '../state/analyst-session.ts';
import { trailItem } from './curation-section.ts';
import { section } from './panel-parts.ts';

/** Null when no analyst ever corrected the entity: the panel then has no trail to show. */
export async function entityTrail(
  id: string,
  onUndone: (correction: Correction) => void,
): Promise<HTMLElement | null> {
  const trail = await fetchCorrections(id).catch(() => [] as Correction[]);
  if (trail.length === 0) return null;
  const status = h('p', { class: 'curation-status', role: 'status' });
  const analyst = readAnalyst();
  const undo = async (correction: Correction) => {
    if (!analyst) return;
    status.textContent = 'Undoing…';
    try {
      await undoCorrection(analyst, correction.id);
      status.textContent = 'Undone.';
      onUndone(correction);
    } catch (error) {
      status.textContent = describeError(error);
    }
  };
  const list = h('ol', { class: 'correction-list', 'aria-label': 'Audit trail' });
  replaceChildren(
    list,
    ...trail.map((correction) =>
      trailItem(correction, analyst && !correction.undoneAt ? () => void undo(correction) : null),
    ),
  );
  return section(
    'Audit trail',
    h('div', { class: 'curation' }, status, list),
    analyst ? null : h('p', { class: 'hint' }, 'An analyst with the API key can undo these.'),
  );
}

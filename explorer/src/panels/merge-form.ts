// Merging two selected entities that are one: shows both (names, aliases, relation counts), asks which one
// stays and why, then merges with the analyst's key. The audit trail of the kept entity undoes it.
import { fetchEntity } from '../api/api.ts';
import { mergeEntities } from '../api/curation-api.ts';
import { describeError } from '../api/graphql-request.ts';
import type { EntityDetails, GraphNode } from '../api/types.ts';
import { h, replaceChildren } from '../dom.ts';
import { readAnalyst } from '../state/analyst-session.ts';
import { signInForm } from './curation-section.ts';
import { typeBadge } from './panel-parts.ts';

/** The entity API lists at most this many relations: a count that reaches it is a lower bound. */
const RELATIONS_LISTED = 200;

function relationCount(details: EntityDetails): string {
  const count = details.relations.length;
  return `${count}${count >= RELATIONS_LISTED ? '+' : ''} relation${count === 1 ? '' : 's'}`;
}

function candidate(details: EntityDetails, checked: boolean): HTMLElement {
  const aliases = details.aliases.filter((alias) => alias !== details.name);
  return h(
    'label',
    { class: 'merge-candidate' },
    h('input', { type: 'radio', name: 'merge-keep', value: details.entityId, checked }),
    h(
      'span',
      { class: 'merge-entity' },
      typeBadge(details.type),
      h('strong', {}, `Keep ${details.name}`),
      h('code', { class: 'entity-id' }, details.entityId),
      h('span', { class: 'hint' }, aliases.length > 0 ? `Also: ${aliases.join(', ')}` : 'No aliases'),
      h('span', { class: 'merge-relations' }, relationCount(details)),
    ),
  );
}

/** Resolves to the form, or to a message when an entity cannot be read. */
export async function mergeForm(
  pair: [GraphNode, GraphNode],
  onMerged: (merged: string, kept: string) => void,
  onCancel: () => void,
): Promise<HTMLElement> {
  // Not a form: the sign-in form may sit inside it, and forms do not nest.
  const root = h('div', { class: 'merge-form', role: 'group', 'aria-label': 'Merge entities' });
  const details = await Promise.all(pair.map((node) => fetchEntity(node.id)));
  const [a, b] = details;
  if (!a || !b) {
    replaceChildren(root, h('p', { role: 'alert' }, 'One of the entities is gone: reload the graph.'));
    return root;
  }
  const status = h('p', { class: 'merge-status', role: 'alert' });
  const note = h('input', { type: 'text', 'aria-label': 'Merge note', placeholder: 'Why they are one' });
  // The entity with more relations is the likelier one to keep.
  const keepA = a.relations.length >= b.relations.length;
  const cancel = h('button', { type: 'button', class: 'btn ghost', onclick: onCancel }, 'Cancel');
  const render = () => {
    const analyst = readAnalyst();
    replaceChildren(
      root,
      h(
        'p',
        { class: 'hint' },
        'The entity that goes passes its relations, mentions and names to the one kept.',
      ),
      candidate(a, keepA),
      candidate(b, !keepA),
      analyst ? note : signInForm(render),
      status,
      h(
        'div',
        { class: 'action-bar' },
        analyst
          ? h('button', { type: 'button', class: 'btn primary', onclick: () => void merge() }, 'Merge')
          : null,
        cancel,
      ),
    );
  };
  const merge = async () => {
    const analyst = readAnalyst();
    const kept = root.querySelector<HTMLInputElement>('input[name="merge-keep"]:checked')?.value;
    if (!analyst || !kept) return;
    const merged = kept === a.entityId ? b.entityId : a.entityId;
    status.textContent = 'Merging…';
    try {
      await mergeEntities(analyst, merged, kept, note.value.trim());
      onMerged(merged, kept);
    } catch (error) {
      status.textContent = describeError(error);
    }
  };
  render();
  return root;
}

// The analyst's part of a fact's panel: sign in once per tab, confirm, reject or correct the fact, and
// read (and undo) its audit trail. After each change the view is reloaded, since a rejected fact
// leaves the default view and a correction changes what is drawn.

import {
  type Analyst,
  correctFact,
  fetchCorrections,
  judgeFact,
  undoCorrection,
  type Verdict,
} from '../api/curation-api.ts';
import { describeError } from '../api/graphql-request.ts';
import type { Correction, JsonObject } from '../api/types.ts';
import { h, replaceChildren } from '../dom.ts';
import { forgetAnalyst, readAnalyst, saveAnalyst } from '../state/analyst-session.ts';
import { section } from './panel-parts.ts';

export interface CorrectionField {
  key: string;
  label: string;
  kind: 'number' | 'date';
  current: string;
}

export interface CurationTarget {
  /** The relation or event id. */
  id: string;
  /** The values an analyst may set (an edge's date, an attack's counts). */
  fields: CorrectionField[];
  /** Called after a change is stored. */
  onChanged(): void;
}

export function signInForm(onSignedIn: () => void): HTMLElement {
  const name = h('input', {
    type: 'text',
    'aria-label': 'Analyst name',
    placeholder: 'Your name',
    autocomplete: 'name',
  });
  const key = h('input', {
    type: 'password',
    'aria-label': 'API key',
    placeholder: 'API key',
    autocomplete: 'off',
  });
  const submit = (event: Event) => {
    event.preventDefault();
    if (!name.value.trim() || !key.value) return;
    saveAnalyst({ name: name.value.trim(), key: key.value });
    onSignedIn();
  };
  return h(
    'form',
    { class: 'analyst-sign-in', onsubmit: submit },
    h(
      'p',
      { class: 'hint' },
      'Analysts confirm, reject and correct facts with the API key. It is kept for this tab only.',
    ),
    name,
    key,
    h('button', { type: 'submit', class: 'btn' }, 'Use for this tab'),
  );
}

const PRECISION_BY_LENGTH: Record<number, string> = { 4: 'year', 7: 'month', 10: 'day' };

function parseValues(fields: CorrectionField[], inputs: HTMLInputElement[]): JsonObject {
  const values: JsonObject = {};
  fields.forEach((field, index) => {
    const text = inputs[index]!.value.trim();
    if (text === '' || text === field.current) return;
    values[field.key] = field.kind === 'number' ? Number(text) : text;
    // A corrected date states its precision too, from how much of it is given.
    if (field.kind === 'date') values.datePrecision = PRECISION_BY_LENGTH[text.length] ?? 'day';
  });
  return values;
}

/** What a correction did: a merge names both entities (its stored snapshot is for the split only). */
function correctionValues(correction: Correction): string {
  if (correction.action === 'MERGE') return ` of ${correction.about} into ${String(correction.values.into)}`;
  return Object.keys(correction.values).length > 0 ? ` ${JSON.stringify(correction.values)}` : '';
}

export function trailItem(correction: Correction, undo: (() => void) | null): HTMLElement {
  const values = correctionValues(correction);
  return h(
    'li',
    { class: correction.undoneAt ? 'correction undone' : 'correction', 'data-action': correction.action },
    h('strong', {}, correction.action.toLowerCase()),
    `${values} by ${correction.analyst}, ${correction.createdAt.slice(0, 16).replace('T', ' ')}`,
    correction.note ? h('span', { class: 'note' }, ` “${correction.note}”`) : null,
    correction.undoneAt ? h('span', { class: 'when' }, ` undone by ${correction.undoneBy ?? '?'}`) : null,
    undo ? h('button', { type: 'button', class: 'btn small ghost', onclick: undo }, 'Undo') : null,
  );
}

export function curationSection(target: CurationTarget): HTMLElement {
  const body = h('div', { class: 'curation' });
  const status = h('p', { class: 'curation-status', role: 'status' });
  const run = async (work: (analyst: Analyst) => Promise<unknown>, done: string) => {
    const analyst = readAnalyst();
    if (!analyst) return render();
    try {
      await work(analyst);
      status.textContent = done;
      target.onChanged();
    } catch (error) {
      status.textContent = describeError(error);
    }
    await render();
  };
  const render = async (): Promise<void> => {
    const analyst = readAnalyst();
    const trail = await fetchCorrections(target.id).catch(() => [] as Correction[]);
    const list = h(
      'ol',
      { class: 'correction-list', 'aria-label': 'Audit trail' },
      ...trail.map((correction) =>
        trailItem(
          correction,
          analyst && !correction.undoneAt
            ? () => void run((a) => undoCorrection(a, correction.id), 'Undone.')
            : null,
        ),
      ),
    );
    replaceChildren(
      body,
      analyst ? actionsForm(analyst, target, run, () => void render()) : signInForm(() => void render()),
      status,
      trail.length > 0 ? list : h('p', { class: 'hint' }, 'No analyst has reviewed this fact.'),
    );
  };
  void render();
  return section('Review', body);
}

type Run = (work: (analyst: Analyst) => Promise<unknown>, done: string) => Promise<void>;

function actionsForm(analyst: Analyst, target: CurationTarget, run: Run, rerender: () => void): HTMLElement {
  const note = h('input', {
    type: 'text',
    'aria-label': 'Note',
    placeholder: 'Why (kept in the audit trail)',
  });
  const judge = (verdict: Verdict) =>
    void run(
      (a) => judgeFact(a, target.id, verdict, note.value.trim()),
      verdict === 'confirm' ? 'Confirmed.' : 'Rejected.',
    );
  const inputs = target.fields.map((field) =>
    h('input', {
      type: 'text',
      inputmode: field.kind === 'number' ? 'numeric' : 'text',
      'aria-label': `Corrected ${field.label}`,
      placeholder: field.current || field.label,
      value: field.current,
    }),
  );
  const correct = () => {
    const values = parseValues(target.fields, inputs);
    if (Object.keys(values).length === 0) return;
    void run((a) => correctFact(a, target.id, values, note.value.trim()), 'Corrected.');
  };
  const signOut = () => {
    forgetAnalyst();
    rerender();
  };
  return h(
    'div',
    { class: 'curation-actions' },
    h(
      'p',
      { class: 'hint' },
      `Signed in as ${analyst.name}. `,
      h('button', { type: 'button', class: 'btn small ghost', onclick: signOut }, 'Forget key'),
    ),
    note,
    h(
      'div',
      { class: 'action-bar' },
      h('button', { type: 'button', class: 'btn', onclick: () => judge('confirm') }, 'Confirm'),
      h('button', { type: 'button', class: 'btn', onclick: () => judge('reject') }, 'Reject'),
    ),
    target.fields.length > 0
      ? h(
          'div',
          { class: 'correct-fields' },
          ...target.fields.map((field, index) => h('label', {}, field.label, inputs[index])),
          h('button', { type: 'button', class: 'btn', onclick: correct }, 'Correct'),
        )
      : null,
  );
}

// The date range as two typed fields and a dual-thumb slider over the histogram's bins.

import { h } from '../dom.ts';
import { parseDateInput } from '../state/date-input.ts';
import { inDateRange, periodStart } from '../state/date-range.ts';
import type { Bin } from './timeline-bins.ts';

const DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

export type SetRange = (from: string | null, to: string | null) => void;

export interface RangeInputs {
  fields: HTMLElement[];
  /** Why the typed range was refused; empty while it is valid. */
  error: HTMLElement;
  sliders: HTMLElement;
  /** `open`: whether the first and last bins are the ends of the data (not of a zoomed window), so a
   * thumb there means no bound. */
  sync(bins: Bin[], from: string | null, to: string | null, open?: { first: boolean; last: boolean }): void;
}

/** Index of the first bin inside `from`, or of the last bin inside `to`. */
export function boundIndex(bins: Bin[], bound: string | null, side: 'from' | 'to'): number {
  if (!bound) return side === 'from' ? 0 : bins.length - 1;
  const inside = bins.map((bin) =>
    side === 'from' ? inDateRange(bin.key, bound, null) : inDateRange(bin.key, null, bound),
  );
  const index = side === 'from' ? inside.indexOf(true) : inside.lastIndexOf(true);
  return index < 0 ? (side === 'from' ? bins.length - 1 : 0) : index;
}

function dateField(name: 'from' | 'to', label: string): HTMLInputElement {
  return h('input', {
    type: 'text',
    class: 'date-input',
    name,
    'aria-label': label,
    placeholder: 'YYYY-MM-DD',
    pattern: DATE_PATTERN,
  });
}

function slider(label: string, side: string): HTMLInputElement {
  return h('input', { type: 'range', min: 0, value: 0, 'aria-label': label, class: `range ${side}` });
}

export function createRangeInputs(setRange: SetRange): RangeInputs {
  const fromInput = dateField('from', 'From date');
  const toInput = dateField('to', 'To date');
  const fromSlider = slider('Range start', 'from');
  const toSlider = slider('Range end', 'to');
  const sliders = h('div', { class: 'range-sliders' }, fromSlider, toSlider);
  let bins: Bin[] = [];
  let ends = { first: true, last: true };
  let shown: { from: string | null; to: string | null } = { from: null, to: null };
  const error = h('p', { class: 'date-error', role: 'alert', hidden: true });
  const refuse = (input: HTMLInputElement | null, message: string) => {
    for (const field of [fromInput, toInput]) field.setAttribute('aria-invalid', String(field === input));
    error.textContent = message;
    error.hidden = message === '';
  };
  // A refused date leaves the current range as it is: the field keeps the text and says why.
  const commit = () => {
    const from = parseDateInput(fromInput.value);
    const to = parseDateInput(toInput.value);
    if (!from.ok) return refuse(fromInput, `From: ${from.error}`);
    if (!to.ok) return refuse(toInput, `To: ${to.error}`);
    if (from.value && to.value && periodStart(from.value) > periodStart(to.value)) {
      return refuse(toInput, `To (${to.value}) is before From (${from.value}).`);
    }
    refuse(null, '');
    setRange(from.value, to.value);
  };
  for (const input of [fromInput, toInput]) {
    input.addEventListener('change', commit);
    input.addEventListener('keydown', (event) => event.key === 'Enter' && commit());
  }
  // Either thumb may pass the other; the range is always the span between them.
  const slide = () => {
    const [start, end] = [Number(fromSlider.value), Number(toSlider.value)].sort((a, b) => a - b) as [
      number,
      number,
    ];
    setRange(
      start === 0 && ends.first ? null : bins[start]!.key,
      end === bins.length - 1 && ends.last ? null : bins[end]!.key,
    );
  };
  fromSlider.addEventListener('input', slide);
  toSlider.addEventListener('input', slide);
  return {
    error,
    fields: [
      h('label', { class: 'date-field' }, 'From', fromInput),
      h('label', { class: 'date-field' }, 'To', toInput),
    ],
    sliders,
    sync(next, from, to, open = { first: true, last: true }) {
      ends = open;
      // A range set another way (slider, bar, reset) replaces whatever was refused.
      if (from !== shown.from || to !== shown.to) refuse(null, '');
      shown = { from, to };
      bins = next;
      for (const input of [fromSlider, toSlider]) input.max = String(Math.max(0, bins.length - 1));
      fromSlider.value = String(boundIndex(bins, from, 'from'));
      toSlider.value = String(boundIndex(bins, to, 'to'));
      // A refused text stays in its field until it is corrected, so the person sees what was wrong.
      if (error.hidden && document.activeElement !== fromInput) fromInput.value = from ?? '';
      if (error.hidden && document.activeElement !== toInput) toInput.value = to ?? '';
      sliders.hidden = bins.length < 2;
    },
  };
}

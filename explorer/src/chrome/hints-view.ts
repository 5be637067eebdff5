// Reading aids under the filters: what edge styles mean and the keyboard shortcuts.
import { h } from '../dom.ts';

const KEYS: [string, string][] = [
  ['/', 'search'],
  ['F', 'fit'],
  ['L', 're-layout'],
  ['E', 'expand'],
  ['H', 'hide'],
  ['P', 'pin'],
  ['U', 'undo'],
  ['Esc', 'deselect'],
];

export function createHintsView(): HTMLElement {
  const keys = KEYS.flatMap(([key, what], index) => [index > 0 ? ' · ' : '', h('kbd', {}, key), ` ${what}`]);
  return h(
    'div',
    { class: 'hints' },
    h('p', { class: 'hint' }, 'Solid edges are dated, dashed ones undated. Edge labels read type · date.'),
    h('p', { class: 'hint keys' }, 'Keys: ', ...keys),
  );
}

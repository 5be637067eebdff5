// Graph controls: fit, re-layout, zoom, export, copy link.
import type { Actions } from './actions.ts';
import type { AppStore } from './app-state.ts';
import { h } from './dom.ts';
import { exportJson, exportPng } from './export-view.ts';
import type { GraphView } from './graph-view.ts';

function tool(
  label: string,
  title: string,
  onclick: () => void,
  extra: Record<string, string> = {},
): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', class: 'btn tool', title, 'aria-label': title, onclick, ...extra },
    label,
  );
}

export function createToolbarView(view: GraphView, store: AppStore, actions: Actions): HTMLElement {
  const copied = h('span', { class: 'copied', role: 'status' });
  const copyLink = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      copied.textContent = 'Link copied';
    } catch {
      copied.textContent = 'Copy the address bar to share this view';
    }
    setTimeout(() => {
      copied.textContent = '';
    }, 2500);
  };
  return h(
    'div',
    { class: 'toolbar', role: 'toolbar', 'aria-label': 'Graph controls' },
    tool('Fit', 'Fit the graph (F)', () => view.fit()),
    tool('Re-layout', 'Lay the graph out again (L)', () => actions.relayout()),
    tool('+', 'Zoom in (+)', () => view.zoomBy(1.25)),
    tool('−', 'Zoom out (−)', () => view.zoomBy(0.8)),
    h('span', { class: 'toolbar-sep' }),
    tool('PNG', 'Export the graph as PNG', () => exportPng(view.cy, store)),
    tool('JSON', 'Export the visible graph as JSON', () => exportJson(store)),
    tool('Copy link', 'Copy a link to this view', () => void copyLink(), { 'data-action': 'copy-link' }),
    copied,
  );
}

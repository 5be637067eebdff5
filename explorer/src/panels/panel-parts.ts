// Small pieces shared by the details and sources panels, all built with text nodes.

import type { Article, EntityType, JsonObject, JsonValue } from '../api/types.ts';
import { h, safeUrl } from '../dom.ts';
import { TYPE_STYLES } from '../graph/graph-style.ts';

export function typeBadge(type: EntityType): HTMLElement {
  const style = TYPE_STYLES[type];
  return h(
    'span',
    { class: 'type-badge' },
    h('span', { class: `swatch shape-${style.shape}`, style: `--swatch:${style.color}` }),
    type,
  );
}

export function section(title: string, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'panel-section' }, h('h3', {}, title), ...children);
}

function formatValue(value: JsonValue): string {
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Key/value list of free-form properties; null when there are none. */
export function propertyList(properties: JsonObject): HTMLElement | null {
  const entries = Object.entries(properties).filter(([, value]) => value !== null && value !== '');
  if (entries.length === 0) return null;
  const list = h('dl', { class: 'properties' });
  for (const [key, value] of entries) list.append(h('dt', {}, key), h('dd', {}, formatValue(value)));
  return list;
}

/** Title, publisher, date and (safe) link of an article. */
export function articleMeta(article: Article): HTMLElement {
  const title = article.title?.trim() || `Untitled article ${article.articleId}`;
  const url = safeUrl(article.url);
  const details = [article.publisher, article.publishedAt, article.language?.toUpperCase()].filter(Boolean);
  return h(
    'div',
    { class: 'article-meta' },
    url
      ? h('a', { class: 'article-title', href: url, target: '_blank', rel: 'noopener noreferrer' }, title)
      : h('span', { class: 'article-title' }, title),
    h('span', { class: 'article-details' }, details.join(' · ') || 'Publisher and date unknown'),
  );
}

export function placeholder(text: string, kind: 'loading' | 'empty' | 'error' = 'empty'): HTMLElement {
  return h('p', { class: `placeholder ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

export function button(
  label: string,
  onclick: () => void,
  extra: Record<string, string> = {},
): HTMLButtonElement {
  return h('button', { type: 'button', class: 'btn', onclick: () => onclick(), ...extra }, label);
}

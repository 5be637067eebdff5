// Which stored keys of an edge a request needs, from the GraphEdge fields it selects: a neighbourhood
// drawn by id and date then reads 2 of the 17 reserved keys of each of its thousand-odd relationships;
// and which parts of its first sources, with their articles' metadata, an entity's relations read.
import { type GraphQLResolveInfo, Kind, type SelectionNode } from 'graphql';
import { ARTICLE_METADATA_KEYS, type ArticleMetadataKey, type SourceRead } from '../../graph/queries/rows.ts';

/**
 * The reserved keys behind each GraphEdge field read from the stored relationship; fields not listed
 * here need none (type, source and target come from the pattern; claims and sources from the id,
 * which is always read). A field missing from both lists makes the read take every reserved key.
 */
const KEYS_OF: Readonly<Record<string, readonly string[]>> = {
  id: ['id'],
  date: ['date'],
  datePrecision: ['datePrecision'],
  confidence: ['confidence'],
  sourceCount: ['sourceCount'],
  dispatchCopies: ['dispatchCopies'],
  modality: ['modality'],
  dateFrom: ['dateFrom'],
  dateTo: ['dateTo'],
  conflicting: ['conflicting'],
  review: ['review'],
};
const NO_KEYS: ReadonlySet<string> = new Set(['__typename', 'type', 'source', 'target', 'claims', 'sources']);

/**
 * The reserved keys the GraphEdge selection at `path` under this field reads; undefined (read them all)
 * when it selects a field this module does not know, so a new field is never served a default.
 */
export function selectedEdgeKeys(info: GraphQLResolveInfo, path: readonly string[]): string[] | undefined {
  const names = selectedNames(info, path);
  const keys = new Set<string>();
  for (const name of names) {
    const known = KEYS_OF[name];
    if (known) for (const key of known) keys.add(key);
    else if (!NO_KEYS.has(name)) return undefined;
  }
  return [...keys];
}

/** The article metadata behind each Article field; the others need none (text and mentions load by id). */
const ARTICLE_KEYS_OF: Readonly<Record<string, readonly ArticleMetadataKey[]>> = {
  id: ['id'],
  articleId: ['id'],
  title: ['title'],
  url: ['url'],
  publisher: ['publisher'],
  publishedAt: ['publishedAt'],
  language: ['language'],
};
const ARTICLE_NO_KEYS: ReadonlySet<string> = new Set(['__typename', 'text', 'mentions']);
const SOURCE_FIELDS: ReadonlySet<string> = new Set(['__typename', 'quote', 'start', 'end', 'article']);

/**
 * What the Source selection at `path` (a GraphEdge's `sources`) reads: false when it is not selected,
 * undefined (everything) when it selects a field this module does not know; else whether the offsets
 * are, and the article metadata to read along when the article is.
 */
export function selectedSourceRead(
  info: GraphQLResolveInfo,
  path: readonly string[],
): SourceRead | false | undefined {
  const names = selectedNames(info, path);
  if (names.size === 0) return false;
  if ([...names].some((name) => !SOURCE_FIELDS.has(name))) return undefined;
  const offsets = names.has('start') || names.has('end');
  if (!names.has('article')) return { offsets };
  const keys = new Set<ArticleMetadataKey>(['id']);
  for (const name of selectedNames(info, [...path, 'article'])) {
    const known = ARTICLE_KEYS_OF[name];
    if (known) for (const key of known) keys.add(key);
    else if (!ARTICLE_NO_KEYS.has(name)) return { offsets, articleKeys: ARTICLE_METADATA_KEYS };
  }
  return { offsets, articleKeys: [...keys] };
}

/** The field names selected at `path` under this field, through any alias or fragment. */
function selectedNames(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let selections: SelectionNode[] = info.fieldNodes.flatMap((node) => [
    ...(node.selectionSet?.selections ?? []),
  ]);
  for (const name of path) {
    selections = fieldsOf(selections, info)
      .filter((field) => field.name.value === name)
      .flatMap((field) => [...(field.selectionSet?.selections ?? [])]);
  }
  return new Set(fieldsOf(selections, info).map((field) => field.name.value));
}

function fieldsOf(
  selections: readonly SelectionNode[],
  info: GraphQLResolveInfo,
  seen: Set<string> = new Set(),
): Extract<SelectionNode, { kind: Kind.FIELD }>[] {
  return selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return fieldsOf(selection.selectionSet.selections, info, seen);
    if (seen.has(selection.name.value)) return [];
    seen.add(selection.name.value);
    return fieldsOf(info.fragments[selection.name.value]?.selectionSet.selections ?? [], info, seen);
  });
}

// Slices → parameter rows, grouped by label and relationship type so that each Cypher statement takes
// its label or type from the allow-list and every value from $rows.
import { AppError } from '../../../schema/errors.ts';
import type { EntityRecord, Properties, RelationRecord } from '../../../schema/exchange.ts';
import type { EntityType, RelationType } from '../../../schema/graph-model.ts';
import { ENTITY_RESERVED_KEYS, RELATION_RESERVED_KEYS } from '../stored-keys.ts';
import { factKey } from './remove-queries.ts';
import type { ArticleSlice } from './split-by-article.ts';

export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  props: Properties;
}
export interface RelationRow {
  id: string;
  from: string;
  to: string;
  articleIds: string[];
  props: Properties;
  sourceArticleIds: string[];
  sourceQuotes: string[];
  sourceStarts: number[];
  sourceEnds: number[];
}
export interface MentionRow {
  articleId: string;
  entityId: string;
  starts: number[];
  ends: number[];
  texts: string[];
}
export interface ArticleRow {
  id: string;
  props: Record<string, string | null>;
  /** "TYPE|id" of every fact the article supports: removal seeks exactly these. */
  factKeys: string[];
}
export interface LoadRows {
  articles: ArticleRow[];
  entities: Map<EntityType, EntityRow[]>;
  relations: Map<RelationType, RelationRow[]>;
  mentions: MentionRow[];
}

export function loadRows(slices: readonly ArticleSlice[]): LoadRows {
  const rows: LoadRows = { articles: [], entities: new Map(), relations: new Map(), mentions: [] };
  const seen = new Set<string>();
  const byId = new Map<string, RelationRow>();
  for (const slice of slices) {
    const { id, text, ...meta } = slice.article;
    const factKeys = [...new Set(slice.relations.map((relation) => factKey(relation.type, relation.id)))];
    rows.articles.push({
      id,
      props: { ...meta, text: text ?? null, contentHash: slice.contentHash },
      factKeys,
    });
    for (const entity of slice.entities) {
      if (seen.has(entity.id)) continue;
      seen.add(entity.id);
      push(rows.entities, entity.type, entityRow(entity));
    }
    for (const relation of slice.relations) addRelation(rows.relations, byId, relation, id);
    rows.mentions.push(...mentionRows(slice));
  }
  return rows;
}

/**
 * One row per relationship id and batch: two rows for the same relationship in one UNWIND would each
 * read its source lists before the other's write, and one article's sources would be lost.
 */
function addRelation(
  byType: Map<RelationType, RelationRow[]>,
  byId: Map<string, RelationRow>,
  relation: RelationRecord,
  articleId: string,
): void {
  const row = relationRow(relation, articleId);
  const known = byId.get(row.id);
  if (!known) {
    byId.set(row.id, row);
    push(byType, relation.type, row);
    return;
  }
  known.props = row.props;
  known.articleIds.push(articleId);
  known.sourceArticleIds.push(...row.sourceArticleIds);
  known.sourceQuotes.push(...row.sourceQuotes);
  known.sourceStarts.push(...row.sourceStarts);
  known.sourceEnds.push(...row.sourceEnds);
}

export function entityRow(entity: EntityRecord): EntityRow {
  const props = checkedProps(entity.properties, ENTITY_RESERVED_KEYS, `entity ${entity.id}`);
  return { id: entity.id, name: entity.name, aliases: entity.aliases, props };
}

function relationRow(relation: RelationRecord, articleId: string): RelationRow {
  const own = checkedProps(relation.properties, RELATION_RESERVED_KEYS, `relation ${relation.id}`);
  const { date, datePrecision, confidence } = relation;
  return {
    id: relation.id,
    from: relation.from,
    to: relation.to,
    articleIds: [articleId],
    props: { ...own, date, datePrecision, confidence },
    sourceArticleIds: relation.sources.map((s) => s.articleId),
    sourceQuotes: relation.sources.map((s) => s.quote),
    sourceStarts: relation.sources.map((s) => s.start),
    sourceEnds: relation.sources.map((s) => s.end),
  };
}

function mentionRows(slice: ArticleSlice): MentionRow[] {
  const byEntity = new Map<string, MentionRow>();
  const sorted = [...slice.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const mention of sorted) {
    let row = byEntity.get(mention.entityId);
    if (!row) {
      row = { articleId: slice.article.id, entityId: mention.entityId, starts: [], ends: [], texts: [] };
      byEntity.set(mention.entityId, row);
    }
    row.starts.push(mention.start);
    row.ends.push(mention.end);
    row.texts.push(mention.text);
  }
  return [...byEntity.values()];
}

/** Null-valued properties are left out: on a shared node they would erase what another article set. */
function checkedProps(props: Properties, reserved: ReadonlySet<string>, what: string): Properties {
  const kept: Properties = {};
  for (const [key, value] of Object.entries(props)) {
    if (reserved.has(key)) {
      throw new AppError(
        'INVALID_DOCUMENT',
        `${what}: property "${key}" clashes with a stored field of the same name`,
      );
    }
    if (value !== null) kept[key] = value;
  }
  return kept;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

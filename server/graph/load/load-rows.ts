// Slices → parameter rows, grouped by label and relationship type so that each Cypher statement takes
// its label or type from the allow-list and every value from $rows.
import { AppError } from '../../../schema/errors.ts';
import type { ClaimRecord, EntityRecord, Properties } from '../../../schema/exchange.ts';
import { type EntityType, EVENT_TYPES, type RelationType } from '../../../schema/graph-model.ts';
import { ENTITY_RESERVED_KEYS } from '../stored-keys.ts';
import type { ArticleSlice } from './split-by-article.ts';

export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  /** Empty for events: their properties derive from claims. */
  props: Properties;
}
export interface RelationRow {
  id: string;
  from: string;
  to: string;
}
export interface ClaimRow {
  id: string;
  about: string;
  /** The relation type or entity label of what it is about: recomputing a fact needs its type. */
  factType: string;
  articleId: string;
  quote: string;
  start: number;
  end: number;
  date: string | null;
  datePrecision: string;
  /** JSON: Neo4j properties cannot hold maps. */
  values: string;
  modality: string;
  saidBy: string | null;
  confidence: number;
  extractor: string;
  rule: string | null;
  /** When the claim became known: its article's publication date. */
  knownAt: string | null;
  dispatch: string | null;
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
}
export interface LoadRows {
  articles: ArticleRow[];
  entities: Map<EntityType, EntityRow[]>;
  relations: Map<RelationType, RelationRow[]>;
  claims: ClaimRow[];
  mentions: MentionRow[];
}

export function loadRows(slices: readonly ArticleSlice[]): LoadRows {
  const rows: LoadRows = {
    articles: [],
    entities: new Map(),
    relations: new Map(),
    claims: [],
    mentions: [],
  };
  const seen = new Set<string>();
  for (const slice of slices) {
    const { id, text, extractor, dispatch, ...meta } = slice.article;
    rows.articles.push({
      id,
      props: {
        ...meta,
        text: text ?? null,
        extractor: extractor ?? null,
        dispatch: dispatch ?? null,
        fingerprint: slice.fingerprint,
      },
    });
    const types = new Map<string, string>();
    const claimed = new Set(slice.claims.map((c) => c.about));
    for (const entity of slice.entities) {
      types.set(entity.id, entity.type);
      if (seen.has(entity.id)) continue;
      seen.add(entity.id);
      push(rows.entities, entity.type, entityRow(entity, claimed.has(entity.id)));
    }
    for (const relation of slice.relations) {
      types.set(relation.id, relation.type);
      if (seen.has(relation.id)) continue;
      seen.add(relation.id);
      push(rows.relations, relation.type, { id: relation.id, from: relation.from, to: relation.to });
    }
    for (const claim of slice.claims) {
      rows.claims.push(claimRow(claim, types.get(claim.about)!, slice.article.publishedAt));
    }
    rows.mentions.push(...mentionRows(slice));
  }
  // Locks are taken in this order, so concurrent loads wait for each other instead of deadlocking.
  for (const list of rows.entities.values()) list.sort((a, b) => a.id.localeCompare(b.id));
  for (const list of rows.relations.values()) list.sort((a, b) => a.id.localeCompare(b.id));
  return rows;
}

export const claimId = (claim: Pick<ClaimRecord, 'articleId' | 'about' | 'start' | 'end'>): string =>
  `${claim.articleId}|${claim.about}|${claim.start}|${claim.end}`;

function claimRow(claim: ClaimRecord, factType: string, knownAt: string | null): ClaimRow {
  return {
    id: claimId(claim),
    about: claim.about,
    factType,
    articleId: claim.articleId,
    quote: claim.quote,
    start: claim.start,
    end: claim.end,
    date: claim.date,
    datePrecision: claim.datePrecision,
    values: JSON.stringify(claim.values),
    modality: claim.modality,
    saidBy: claim.saidBy,
    confidence: claim.confidence,
    extractor: claim.extractor,
    rule: claim.rule,
    knownAt,
    dispatch: claim.dispatch ?? null,
  };
}

/** An event with claims takes its properties from them; any other entity brings its own. */
export function entityRow(entity: EntityRecord, claimed = false): EntityRow {
  const isEvent = (EVENT_TYPES as readonly string[]).includes(entity.type);
  const props =
    isEvent && claimed ? {} : checkedProps(entity.properties, ENTITY_RESERVED_KEYS, `entity ${entity.id}`);
  return { id: entity.id, name: entity.name, aliases: entity.aliases, props };
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

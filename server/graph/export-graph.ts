// Neo4j → newsgraph/2: the stored graph as one exchange document, validated before it leaves. Each
// relation's sources are its claims' quoted spans.

import { sourcesOf } from '../../schema/derive-facts.ts';
import type {
  ArticleRecord,
  ClaimRecord,
  EntityRecord,
  MentionRecord,
  Properties,
  RelationRecord,
} from '../../schema/exchange.ts';
import { FORMAT, type GraphDocument, validateGraphDocument } from '../../schema/exchange.ts';
import { ENTITY_TYPES, type EntityType, type RelationType } from '../../schema/graph-model.ts';
import { type StoredRow, toCorrectionRecord } from './curate/corrections.ts';
import { exportQueries } from './export-queries.ts';
import { STORE_ONLY_KEYS } from './stored-keys.ts';
import { type Graph, readTx } from './tx.ts';

type Props = Record<string, unknown>;
interface EntityRow {
  labels: string[];
  props: Props;
}
interface RelationRow {
  type: RelationType;
  from: string;
  to: string;
  props: Props;
}
interface MentionRow {
  articleId: string;
  entityId: string;
  starts: number[];
  ends: number[];
  texts: string[];
}

export async function exportGraph(graph: Graph): Promise<GraphDocument> {
  const rows = await readTx(
    graph,
    async (tx) => ({
      articles: await tx.run<ArticleRecord>(exportQueries.articles()),
      entities: await tx.run<EntityRow>(exportQueries.entities()),
      relations: await tx.run<RelationRow>(exportQueries.relations()),
      mentions: await tx.run<MentionRow>(exportQueries.mentions()),
      claims: await tx.run<{ claim: Omit<ClaimRecord, 'values'> & { values: string } }>(
        exportQueries.claims(),
      ),
      corrections: await tx.run<{ correction: StoredRow }>(exportQueries.corrections()),
    }),
    'export',
  );
  const claims = rows.claims.map(({ claim: { dispatch, ...claim } }) => ({
    ...claim,
    values: JSON.parse(claim.values) as Properties,
    ...(dispatch ? { dispatch } : {}),
  }));
  const claimsOf = new Map<string, ClaimRecord[]>();
  for (const claim of claims) claimsOf.set(claim.about, [...(claimsOf.get(claim.about) ?? []), claim]);
  const doc = {
    format: FORMAT,
    articles: rows.articles.map(toArticle),
    entities: rows.entities.map(toEntity),
    relations: rows.relations.map((row) => toRelation(row, claimsOf.get(String(row.props.id)) ?? [])),
    mentions: rows.mentions.flatMap(toMentions),
    claims,
    corrections: rows.corrections.map(({ correction }) => toCorrectionRecord(correction)),
  };
  return validateGraphDocument(doc, 'export');
}

function toArticle(row: ArticleRecord): ArticleRecord {
  const { text, extractor, dispatch, ...meta } = row;
  return {
    ...meta,
    ...(text === null || text === undefined ? {} : { text }),
    ...(extractor ? { extractor } : {}),
    ...(dispatch ? { dispatch } : {}),
  };
}

function toEntity({ labels, props }: EntityRow): EntityRecord {
  const { id, name, aliases, searchText: _searchText, ...properties } = props;
  const type = ENTITY_TYPES.find((label) => labels.includes(label)) as EntityType;
  return {
    id: String(id),
    type,
    name: String(name),
    aliases: (aliases as string[]) ?? [],
    properties: exchanged(properties),
  };
}

function toRelation({ type, from, to, props }: RelationRow, claims: ClaimRecord[]): RelationRecord {
  const { id, date, datePrecision, confidence, sourceCount: _count, ...properties } = props;
  const sources = sourcesOf(claims);
  return {
    id: String(id),
    type,
    from,
    to,
    date: (date as string | undefined) ?? null,
    datePrecision: (datePrecision as RelationRecord['datePrecision'] | undefined) ?? 'none',
    confidence: (confidence as number | undefined) ?? 0,
    properties: exchanged(properties),
    sources,
  };
}

function toMentions(row: MentionRow): MentionRecord[] {
  return row.starts.map((start, i) => ({
    articleId: row.articleId,
    entityId: row.entityId,
    start,
    end: row.ends[i]!,
    text: row.texts[i]!,
  }));
}

/** Stored properties without those the store keeps for its own reads. */
function exchanged(props: Record<string, unknown>): Properties {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !STORE_ONLY_KEYS.has(key))) as Properties;
}

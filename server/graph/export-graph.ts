// Neo4j → newsgraph/1: the stored graph as one exchange document, validated before it leaves.
import type {
  ArticleRecord,
  EntityRecord,
  MentionRecord,
  Properties,
  RelationRecord,
} from '../../schema/exchange.ts';
import { FORMAT, type GraphDocument, validateGraphDocument } from '../../schema/exchange.ts';
import { ENTITY_TYPES, type EntityType, type RelationType } from '../../schema/graph-model.ts';
import { exportQueries } from './export-queries.ts';
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
    }),
    'export',
  );
  const doc = {
    format: FORMAT,
    articles: rows.articles.map(toArticle),
    entities: rows.entities.map(toEntity),
    relations: rows.relations.map(toRelation),
    mentions: rows.mentions.flatMap(toMentions),
  };
  return validateGraphDocument(doc, 'export');
}

function toArticle(row: ArticleRecord): ArticleRecord {
  const { text, ...meta } = row;
  return text === null || text === undefined ? meta : { ...meta, text };
}

function toEntity({ labels, props }: EntityRow): EntityRecord {
  const { id, name, aliases, searchText: _searchText, ...properties } = props;
  const type = ENTITY_TYPES.find((label) => labels.includes(label)) as EntityType;
  return {
    id: String(id),
    type,
    name: String(name),
    aliases: (aliases as string[]) ?? [],
    properties: properties as Properties,
  };
}

function toRelation({ type, from, to, props }: RelationRow): RelationRecord {
  const {
    id,
    date,
    datePrecision,
    confidence,
    sourceCount: _count,
    sourceArticleIds,
    sourceQuotes,
    sourceStarts,
    sourceEnds,
    ...properties
  } = props;
  const ids = (sourceArticleIds as string[]) ?? [];
  const sources = ids.map((articleId, i) => ({
    articleId,
    quote: (sourceQuotes as string[])[i]!,
    start: (sourceStarts as number[])[i]!,
    end: (sourceEnds as number[])[i]!,
  }));
  return {
    id: String(id),
    type,
    from,
    to,
    date: (date as string | undefined) ?? null,
    datePrecision: (datePrecision as RelationRecord['datePrecision'] | undefined) ?? 'none',
    confidence: (confidence as number | undefined) ?? 0,
    properties: properties as Properties,
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

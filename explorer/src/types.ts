// The explorer's view of the GraphQL contract: plain data, mirrored from the server's schema.
import type { DatePrecision, EntityType, RelationType } from '../../schema/graph-model.ts';

export type { DatePrecision, EntityType, RelationType };

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = Record<string, JsonValue>;

export interface Article {
  articleId: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  language: string | null;
  text?: string | null;
}

export interface Source {
  article: Article;
  quote: string;
  start: number;
  end: number;
}

export interface GraphNode {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  properties: JsonObject;
}

export interface GraphEdge {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  date: string | null;
  datePrecision: DatePrecision;
  confidence: number;
  properties: JsonObject;
  sourceCount: number;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface SearchHit {
  score: number;
  entity: { entityId: string; type: EntityType; name: string; aliases: string[] };
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface Relation {
  edge: GraphEdge;
  other: GraphNode;
  direction: Direction;
}

export interface EntityDetails {
  entityId: string;
  type: EntityType;
  name: string;
  aliases: string[];
  properties: JsonObject;
  relations: Relation[];
  mentionedIn: Article[];
}

export interface EdgeSources {
  id: string;
  type: RelationType;
  date: string | null;
  datePrecision: DatePrecision;
  confidence: number;
  sources: Source[];
}

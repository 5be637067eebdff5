// The explorer's view of the GraphQL contract: plain data, mirrored from the server's schema.
import type { DatePrecision, EntityType, RelationType } from '../../../schema/graph-model.ts';

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

export type Modality = 'ASSERTED' | 'CLAIMED' | 'DENIED' | 'HYPOTHETICAL' | 'PLANNED';

/** One source's statement of a fact. */
export interface Claim {
  id: string;
  quote: string;
  start: number;
  end: number;
  date: string | null;
  datePrecision: DatePrecision;
  values: JsonObject;
  modality: Modality;
  saidBy: string | null;
  confidence: number;
  knownAt: string | null;
  article: Article;
}

export interface EdgeSources {
  id: string;
  type: RelationType;
  date: string | null;
  datePrecision: DatePrecision;
  confidence: number;
  modality: Modality;
  conflicting: string[];
  review: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  sources: Source[];
  claims: Claim[];
}

export interface Estimate {
  low: number;
  best: number;
  high: number;
  conflicting: boolean;
}

export const COUNT_KEYS = ['launched', 'intercepted', 'casualties'] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

/** What the sources say about an event: an attack's counts, an agreement's end. */
export interface EventClaims {
  counts?: Record<CountKey, Estimate | null>;
  validUntil?: string | null;
  claims?: Claim[];
}

export interface Correction {
  id: string;
  about: string;
  action: 'CONFIRM' | 'REJECT' | 'SET' | 'MERGE';
  analyst: string;
  note: string;
  values: JsonObject;
  createdAt: string;
  undoneAt: string | null;
  undoneBy: string | null;
}

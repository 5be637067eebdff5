// The explorer's view of the GraphQL contract, derived from the types generated from schema/schema.graphql
// (generated/operations.ts, `npm run codegen`): nothing here restates a field by hand.
import type { DatePrecision, EntityType, RelationType } from '../../../schema/graph-model.ts';
import type {
  CorrectionsQuery,
  EdgeSourcesQuery,
  EntityQuery,
  EventClaimsQuery,
  NeighborhoodQuery,
  OverviewQuery,
  DatePrecision as SchemaDatePrecision,
  Direction as SchemaDirection,
  EntityType as SchemaEntityType,
  Modality as SchemaModality,
  RelationType as SchemaRelationType,
  SearchQuery,
} from './generated/operations.ts';

export type { JsonObject, JsonValue } from './json.ts';
export type { DatePrecision, EntityType, RelationType };

type Item<T> = T extends readonly (infer U)[] ? U : never;
/** Two unions name the same set of values (the server's graph model and its GraphQL schema agree). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ModelMatchesSchema = Assert<
  Same<DatePrecision, SchemaDatePrecision> &
    Same<EntityType, SchemaEntityType> &
    Same<RelationType, SchemaRelationType>
>;

export type Direction = SchemaDirection;
export type Modality = SchemaModality;

export type Subgraph = NeighborhoodQuery['neighborhood'];
export type GraphNode = Item<Subgraph['nodes']>;
export type GraphEdge = Item<Subgraph['edges']>;

export type SearchHit = Item<SearchQuery['search']>;

/** The first screen's data as the server gives it (Query.overview). */
export type OverviewData = OverviewQuery['overview'];

export type EntityDetails = NonNullable<EntityQuery['entity']>;
export type Relation = Item<EntityDetails['relations']>;

export type EdgeSources = NonNullable<EdgeSourcesQuery['edge']>;
/** One source's statement of a fact. */
export type Claim = Item<EdgeSources['claims']>;
/** An article as lists show it; its text comes only where sources are quoted. */
export type Article = Omit<QuotedSource['article'], 'text'> & { text?: string | null };
type QuotedSource = Item<EdgeSources['sources']>;
/** A quote and its article, with or without the article's text. */
export type Source = Omit<QuotedSource, 'article'> & { article: Article };

type EventEntity = NonNullable<EventClaimsQuery['entity']>;
type AttackClaims = Extract<EventEntity, { counts: unknown }>;
type AgreementClaims = Extract<EventEntity, { validUntil: unknown }>;
/** What the sources say about an event: an attack's counts, an agreement's end (any entity else: nothing). */
export type EventClaims = Partial<AttackClaims & AgreementClaims>;
export type AttackCounts = AttackClaims['counts'];
export type Estimate = NonNullable<AttackCounts['launched']>;

export const COUNT_KEYS = [
  'launched',
  'intercepted',
  'casualties',
] as const satisfies readonly (keyof AttackCounts)[];
export type CountKey = (typeof COUNT_KEYS)[number];
export type AllCountKeys = Assert<Same<CountKey, keyof AttackCounts>>;

export type Correction = Item<CorrectionsQuery['corrections']>;

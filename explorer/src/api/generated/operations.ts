/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type CorrectionAction =
  | 'CONFIRM'
  | 'MERGE'
  | 'REJECT'
  | 'SET';

export type DatePrecision =
  | 'day'
  | 'month'
  | 'none'
  | 'published'
  | 'year';

export type Direction =
  | 'BOTH'
  | 'IN'
  | 'OUT';

export type EntityType =
  | 'Agreement'
  | 'Attack'
  | 'Country'
  | 'Official'
  | 'Organization'
  | 'Place';

/** How a source states a fact: asserted, claimed by a party, denied, hypothetical or planned. */
export type Modality =
  | 'ASSERTED'
  | 'CLAIMED'
  | 'DENIED'
  | 'HYPOTHETICAL'
  | 'PLANNED';

export type RelationType =
  | 'LAUNCHED'
  | 'LOCATED_IN'
  | 'MEMBER_OF'
  | 'MET'
  | 'NEGOTIATED'
  | 'OFFICIAL_OF'
  | 'PARTY_TO'
  | 'SIGNED'
  | 'SUPPORTS'
  | 'TARGETED';

export type PathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
  relationTypes?: Array<RelationType> | RelationType | null | undefined;
  dateFrom?: string | null | undefined;
  dateTo?: string | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ truncated: boolean, nodes: Array<{ id: string, type: EntityType, name: string, aliases: Array<string>, properties: import('../json.ts').JsonObject }>, edges: Array<{ id: string, type: RelationType, source: string, target: string, date: string | null, datePrecision: DatePrecision, confidence: number, properties: import('../json.ts').JsonObject, sourceCount: number }> }> };

export type EvidenceQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type EvidenceQuery = { edges: Array<{ id: string, modality: Modality, sources: Array<{ quote: string, start: number, end: number, article: { articleId: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null } }> } | null> };

export type EventClaimsQueryVariables = Exact<{
  id: string;
}>;


export type EventClaimsQuery = { entity:
    | { validUntil: string | null, claims: Array<{ id: string, quote: string, start: number, end: number, date: string | null, datePrecision: DatePrecision, values: import('../json.ts').JsonObject, modality: Modality, saidBy: string | null, confidence: number, knownAt: string | null, article: { articleId: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null, text: string | null } }> }
    | { counts: { launched: { low: number, best: number, high: number, conflicting: boolean } | null, intercepted: { low: number, best: number, high: number, conflicting: boolean } | null, casualties: { low: number, best: number, high: number, conflicting: boolean } | null }, claims: Array<{ id: string, quote: string, start: number, end: number, date: string | null, datePrecision: DatePrecision, values: import('../json.ts').JsonObject, modality: Modality, saidBy: string | null, confidence: number, knownAt: string | null, article: { articleId: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null, text: string | null } }> }
    | Record<PropertyKey, never>
   | null };

export type OverviewQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type OverviewQuery = { overview: { counts: Array<{ type: EntityType, count: number }>, hubs: Array<{ degree: number, entity:
        | { entityId: string, type: EntityType, name: string }
        | { entityId: string, type: EntityType, name: string }
        | { entityId: string, type: EntityType, name: string }
        | { entityId: string, type: EntityType, name: string }
        | { entityId: string, type: EntityType, name: string }
        | { entityId: string, type: EntityType, name: string }
       }>, latestEvents: Array<{ date: string, entity:
        | { entityId: string, type: EntityType, name: string }
        | { entityId: string, type: EntityType, name: string }
        | { entityId: string, type: EntityType, name: string }
        | { entityId: string, type: EntityType, name: string }
        | { entityId: string, type: EntityType, name: string }
        | { entityId: string, type: EntityType, name: string }
       }>, startingGraph: { month: string, events: Array<string> } | null } };

export type EdgeSourcesQueryVariables = Exact<{
  id: string;
}>;


export type EdgeSourcesQuery = { edge: { id: string, type: RelationType, date: string | null, datePrecision: DatePrecision, confidence: number, modality: Modality, conflicting: Array<string>, review: string | null, dateFrom: string | null, dateTo: string | null, sources: Array<{ quote: string, start: number, end: number, article: { articleId: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null, text: string | null } }>, claims: Array<{ id: string, quote: string, start: number, end: number, date: string | null, datePrecision: DatePrecision, values: import('../json.ts').JsonObject, modality: Modality, saidBy: string | null, confidence: number, knownAt: string | null, article: { articleId: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null, text: string | null } }> } | null };

export type CorrectionsQueryVariables = Exact<{
  about: string;
}>;


export type CorrectionsQuery = { corrections: Array<{ id: string, about: string, action: CorrectionAction, analyst: string, note: string, values: import('../json.ts').JsonObject, createdAt: string, undoneAt: string | null, undoneBy: string | null }> };

export type CorrectMutationVariables = Exact<{
  id: string;
  analyst: string;
  note: string;
  values: import('../json.ts').JsonObject;
}>;


export type CorrectMutation = { correctFact: { id: string, about: string, action: CorrectionAction, analyst: string, note: string, values: import('../json.ts').JsonObject, createdAt: string, undoneAt: string | null, undoneBy: string | null } };

export type NeighborhoodQueryVariables = Exact<{
  ids: Array<string> | string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
  relationTypes?: Array<RelationType> | RelationType | null | undefined;
  entityTypes?: Array<EntityType> | EntityType | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, type: EntityType, name: string, aliases: Array<string>, properties: import('../json.ts').JsonObject }>, edges: Array<{ id: string, type: RelationType, source: string, target: string, date: string | null, datePrecision: DatePrecision, confidence: number, properties: import('../json.ts').JsonObject, sourceCount: number }> } };

export type UndoMutationVariables = Exact<{
  id: string;
  analyst: string;
}>;


export type UndoMutation = { undoCorrection: { id: string, about: string, action: CorrectionAction, analyst: string, note: string, values: import('../json.ts').JsonObject, createdAt: string, undoneAt: string | null, undoneBy: string | null } };

export type SearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, entity:
      | { entityId: string, type: EntityType, name: string, aliases: Array<string> }
      | { entityId: string, type: EntityType, name: string, aliases: Array<string> }
      | { entityId: string, type: EntityType, name: string, aliases: Array<string> }
      | { entityId: string, type: EntityType, name: string, aliases: Array<string> }
      | { entityId: string, type: EntityType, name: string, aliases: Array<string> }
      | { entityId: string, type: EntityType, name: string, aliases: Array<string> }
     }> };

export type ConfirmMutationVariables = Exact<{
  id: string;
  analyst: string;
  note: string;
}>;


export type ConfirmMutation = { confirmFact: { id: string, about: string, action: CorrectionAction, analyst: string, note: string, values: import('../json.ts').JsonObject, createdAt: string, undoneAt: string | null, undoneBy: string | null } };

export type RelationEndsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type RelationEndsQuery = { entity:
    | { relations: Array<{ edge: { type: RelationType }, other: { id: string } }> }
    | { relations: Array<{ edge: { type: RelationType }, other: { id: string } }> }
    | { relations: Array<{ edge: { type: RelationType }, other: { id: string } }> }
    | { relations: Array<{ edge: { type: RelationType }, other: { id: string } }> }
    | { relations: Array<{ edge: { type: RelationType }, other: { id: string } }> }
    | { relations: Array<{ edge: { type: RelationType }, other: { id: string } }> }
   | null };

export type TimelineQueryVariables = Exact<{
  first?: number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type TimelineQuery = { timeline: { truncated: boolean, nodes: Array<{ id: string, type: EntityType, name: string, aliases: Array<string>, properties: import('../json.ts').JsonObject }>, edges: Array<{ id: string, type: RelationType, source: string, target: string, date: string | null, datePrecision: DatePrecision, confidence: number, properties: import('../json.ts').JsonObject, sourceCount: number }> } };

export type MergeMutationVariables = Exact<{
  merged: string;
  into: string;
  analyst: string;
  note: string;
}>;


export type MergeMutation = { mergeEntities: { id: string, about: string, action: CorrectionAction, analyst: string, note: string, values: import('../json.ts').JsonObject, createdAt: string, undoneAt: string | null, undoneBy: string | null } };

export type EntityQueryVariables = Exact<{
  id: string;
}>;


export type EntityQuery = { entity:
    | { entityId: string, type: EntityType, name: string, aliases: Array<string>, properties: import('../json.ts').JsonObject, relations: Array<{ direction: Direction, edge: { id: string, type: RelationType, source: string, target: string, date: string | null, datePrecision: DatePrecision, confidence: number, properties: import('../json.ts').JsonObject, sourceCount: number }, other: { id: string, type: EntityType, name: string, aliases: Array<string>, properties: import('../json.ts').JsonObject } }>, mentionedIn: Array<{ articleId: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null }> }
    | { entityId: string, type: EntityType, name: string, aliases: Array<string>, properties: import('../json.ts').JsonObject, relations: Array<{ direction: Direction, edge: { id: string, type: RelationType, source: string, target: string, date: string | null, datePrecision: DatePrecision, confidence: number, properties: import('../json.ts').JsonObject, sourceCount: number }, other: { id: string, type: EntityType, name: string, aliases: Array<string>, properties: import('../json.ts').JsonObject } }>, mentionedIn: Array<{ articleId: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null }> }
    | { entityId: string, type: EntityType, name: string, aliases: Array<string>, properties: import('../json.ts').JsonObject, relations: Array<{ direction: Direction, edge: { id: string, type: RelationType, source: string, target: string, date: string | null, datePrecision: DatePrecision, confidence: number, properties: import('../json.ts').JsonObject, sourceCount: number }, other: { id: string, type: EntityType, name: string, aliases: Array<string>, properties: import('../json.ts').JsonObject } }>, mentionedIn: Array<{ articleId: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null }> }
    | { entityId: string, type: EntityType, name: string, aliases: Array<string>, properties: import('../json.ts').JsonObject, relations: Array<{ direction: Direction, edge: { id: string, type: RelationType, source: string, target: string, date: string | null, datePrecision: DatePrecision, confidence: number, properties: import('../json.ts').JsonObject, sourceCount: number }, other: { id: string, type: EntityType, name: string, aliases: Array<string>, properties: import('../json.ts').JsonObject } }>, mentionedIn: Array<{ articleId: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null }> }
    | { entityId: string, type: EntityType, name: string, aliases: Array<string>, properties: import('../json.ts').JsonObject, relations: Array<{ direction: Direction, edge: { id: string, type: RelationType, source: string, target: string, date: string | null, datePrecision: DatePrecision, confidence: number, properties: import('../json.ts').JsonObject, sourceCount: number }, other: { id: string, type: EntityType, name: string, aliases: Array<string>, properties: import('../json.ts').JsonObject } }>, mentionedIn: Array<{ articleId: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null }> }
    | { entityId: string, type: EntityType, name: string, aliases: Array<string>, properties: import('../json.ts').JsonObject, relations: Array<{ direction: Direction, edge: { id: string, type: RelationType, source: string, target: string, date: string | null, datePrecision: DatePrecision, confidence: number, properties: import('../json.ts').JsonObject, sourceCount: number }, other: { id: string, type: EntityType, name: string, aliases: Array<string>, properties: import('../json.ts').JsonObject } }>, mentionedIn: Array<{ articleId: string, title: string | null, url: string | null, publisher: string | null, publishedAt: string | null, language: string | null }> }
   | null };

export type RejectMutationVariables = Exact<{
  id: string;
  analyst: string;
  note: string;
}>;


export type RejectMutation = { rejectFact: { id: string, about: string, action: CorrectionAction, analyst: string, note: string, values: import('../json.ts').JsonObject, createdAt: string, undoneAt: string | null, undoneBy: string | null } };

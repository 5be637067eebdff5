// The graph model shared by extraction, Neo4j, the API and the explorer (see README "Graph model").
// Labels, relationship types and their allowed endpoints live here only: Cypher takes labels and types
// from these allow-lists, never from input.

export const ENTITY_TYPES = ['Country', 'Official', 'Organization', 'Place', 'Agreement', 'Attack'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const EVENT_TYPES = ['Agreement', 'Attack'] as const satisfies readonly EntityType[];

/** What facts are made of: each source's claims and each analyst's corrections. */
export const EVIDENCE_LABELS = ['Claim', 'Correction'] as const;

/** Every node label, with the source documents and the evidence. */
export const NODE_LABELS = [...ENTITY_TYPES, 'Article', ...EVIDENCE_LABELS] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATION_TYPES = [
  'OFFICIAL_OF',
  'SIGNED',
  'PARTY_TO',
  'NEGOTIATED',
  'LAUNCHED',
  'TARGETED',
  'MET',
  'SUPPORTS',
  'LOCATED_IN',
  'MEMBER_OF',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Article → entity provenance; travels in `mentions`, never in `relations`. */
export const MENTIONS = 'MENTIONS' as const;

export interface Endpoints {
  readonly from: readonly EntityType[];
  readonly to: readonly EntityType[];
  /** MET is symmetric: (a, b) and (b, a) are the same fact. */
  readonly symmetric?: boolean;
}

export const RELATION_ENDPOINTS: Record<RelationType, Endpoints> = {
  OFFICIAL_OF: { from: ['Official'], to: ['Country', 'Organization'] },
  SIGNED: { from: ['Official'], to: ['Agreement'] },
  PARTY_TO: { from: ['Country', 'Organization'], to: ['Agreement'] },
  NEGOTIATED: { from: ['Official', 'Country', 'Organization'], to: ['Agreement'] },
  LAUNCHED: { from: ['Country', 'Organization'], to: ['Attack'] },
  TARGETED: { from: ['Attack'], to: ['Place', 'Country'] },
  MET: { from: ['Official'], to: ['Official', 'Organization'], symmetric: true },
  SUPPORTS: { from: ['Country', 'Organization'], to: ['Country'] },
  LOCATED_IN: { from: ['Place'], to: ['Country'] },
  MEMBER_OF: { from: ['Country', 'Organization'], to: ['Organization'] },
};

export const DATE_PRECISIONS = ['day', 'month', 'year', 'published', 'none'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const AGREEMENT_KINDS = ['security', 'framework', 'roadmap', 'ceasefire', 'aid', 'other'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** An agreement's life, in order: a later stage stated by any source outranks an earlier one. */
export const AGREEMENT_STATUSES = [
  'proposed',
  'negotiating',
  'signed',
  'in force',
  'suspended',
  'ended',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const ATTRIBUTIONS = ['claimed', 'attributed', 'reported'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

/**
 * How a source states a fact (PLOVER/POLECAT modes): asserted as happened, claimed by a party to it,
 * denied, hypothetical (conditional) or planned (future). Only asserted and claimed facts are in the
 * default view.
 */
export const MODALITIES = ['asserted', 'claimed', 'denied', 'hypothetical', 'planned'] as const;
export type Modality = (typeof MODALITIES)[number];
export const DEFAULT_MODALITIES: readonly Modality[] = ['asserted', 'claimed'];

/** Id prefix of each entity type: `country:UA`, `official:volodymyr-zelensky`, `agreement:…`. */
export const ID_PREFIX: Record<EntityType, string> = {
  Country: 'country',
  Official: 'official',
  Organization: 'organization',
  Place: 'place',
  Agreement: 'agreement',
  Attack: 'attack',
};

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

/** The entity type an id belongs to, from its prefix; undefined for article ids and unknown prefixes. */
export function entityTypeOfId(id: string): EntityType | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return ENTITY_TYPES.find((type) => ID_PREFIX[type] === prefix);
}

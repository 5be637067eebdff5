import type { EntityType } from '../../../schema/graph-model.ts';

/** A run of tokens in one sentence, with its character offsets in the article text. */
export interface Span {
  readonly sentence: number;
  /** First token index in the sentence. */
  readonly first: number;
  /** One past the last token index. */
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface EntityMention extends Span {
  readonly entityId: string;
  readonly type: EntityType;
  /** A capital read as its country ("Kiev a signé"). */
  readonly metonymy: boolean;
}

/** A demonym ("ukrainien", "Russian"): gives a country to a role or an attack, but is not a mention. */
export interface DemonymCue extends Span {
  readonly iso2: string;
}

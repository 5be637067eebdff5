import type { EntityType } from '../../../schema/graph-model.ts';
import type { Sentence } from '../text/segment.ts';

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
  /** A place the gazetteer does not know, found from the words around it: its name and country (ISO2). */
  readonly unlisted?: { readonly name: string; readonly country: string | null };
}

/** A demonym ("ukrainien", "Russian"): gives a country to a role or an attack, but is not a mention. */
export interface DemonymCue extends Span {
  readonly iso2: string;
  /** Written as an adjective ("Ukrainian drones", "le ministre turc"), not as the people ("les Russes"). */
  readonly adjective?: boolean;
}

export function spanOf(sentence: Sentence, first: number, last: number, text: string): Span {
  const start = sentence.tokens[first]!.start;
  const end = sentence.tokens[last - 1]!.end;
  return { sentence: sentence.index, first, last, start, end, text: text.slice(start, end) };
}

import type { Language } from '../text/segment.ts';

/** One word of a Universal Dependencies parse, with its character offsets in the parsed text. */
export interface ParsedWord {
  /** 1-based position in the sentence; 0 is the root. */
  readonly id: number;
  readonly form: string;
  readonly lemma: string;
  /** Universal part of speech (PROPN, VERB, …) when the model gives it, else the treebank tag. */
  readonly pos: string;
  /** The governing word's id; 0 for the root. */
  readonly head: number;
  /** UD relation with its subtype: nsubj, obl, nmod:poss, conj, … */
  readonly deprel: string;
  /** Offsets in the parsed text. Multi-word tokens ("du" → de le) give both words the token's span. */
  readonly start: number;
  readonly end: number;
}

export interface ParseRequest {
  readonly text: string;
  readonly language: Language;
}

/** The parse of one request's text, read as one sentence. */
export interface SentenceParse {
  readonly words: readonly ParsedWord[];
}

/**
 * The one narrow interface between extraction and a syntactic parser: texts in, parses out, in order.
 * The CoreNLP client, the parse cache and the stored parses of the unit tests all implement it.
 */
export interface SentenceParser {
  parse(requests: readonly ParseRequest[]): Promise<SentenceParse[]>;
  close?(): Promise<void>;
}

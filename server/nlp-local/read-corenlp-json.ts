// CoreNLP's JSON output → one SentenceParse. Sentences that CoreNLP split despite ssplit.isOneSentence
// are merged: ids and heads renumbered, and each later root attached to the first as `parataxis`, which
// is what CoreNLP itself does with a run-on sentence read as one.
import type { ParsedWord, SentenceParse } from '../ingest/parse/parser.ts';
import { udPos } from './ud-pos.ts';

interface CoreNlpToken {
  readonly index: number;
  readonly word: string;
  readonly originalText?: string;
  readonly lemma?: string;
  readonly pos?: string;
  readonly characterOffsetBegin: number;
  readonly characterOffsetEnd: number;
}

interface CoreNlpDependency {
  readonly dep: string;
  readonly governor: number;
  readonly dependent: number;
}

interface CoreNlpSentence {
  readonly tokens: readonly CoreNlpToken[];
  readonly basicDependencies?: readonly CoreNlpDependency[];
}

/** Throws an Error saying what is missing when `json` is not CoreNLP JSON with tokens. */
export function readCoreNlpJson(json: unknown): SentenceParse {
  const sentences = (json as { sentences?: unknown } | null)?.sentences;
  if (!Array.isArray(sentences)) throw new Error('the response has no "sentences" array');
  const words: ParsedWord[] = [];
  let firstRoot = 0;
  for (const sentence of sentences as CoreNlpSentence[]) {
    if (!Array.isArray(sentence?.tokens)) throw new Error('a sentence of the response has no "tokens"');
    const base = words.length;
    const arcs = new Map((sentence.basicDependencies ?? []).map((arc) => [arc.dependent, arc]));
    for (const token of sentence.tokens) {
      const arc = arcs.get(token.index);
      let head = arc && arc.governor > 0 ? base + arc.governor : 0;
      let deprel = !arc ? 'dep' : arc.dep === 'ROOT' ? 'root' : arc.dep;
      if (head === 0 && firstRoot > 0) [head, deprel] = [firstRoot, 'parataxis'];
      words.push(toWord(token, base + token.index, head, deprel));
    }
    firstRoot ||= words.find((word) => word.head === 0)?.id ?? 0;
  }
  return { words };
}

function toWord(token: CoreNlpToken, id: number, head: number, deprel: string): ParsedWord {
  if (typeof token.characterOffsetBegin !== 'number' || typeof token.characterOffsetEnd !== 'number') {
    throw new Error(`token ${id} "${token.word}" has no character offsets`);
  }
  // originalText keeps the text's own characters where `word` is normalised; the parts of a French
  // multi-word token ("du" → de le) carry their own word there and the token's span as offsets.
  const form = token.originalText ?? token.word;
  return {
    id,
    form,
    lemma: token.lemma ?? form.toLowerCase(),
    pos: udPos(token.pos ?? 'X', deprel),
    head,
    deprel,
    start: token.characterOffsetBegin,
    end: token.characterOffsetEnd,
  };
}

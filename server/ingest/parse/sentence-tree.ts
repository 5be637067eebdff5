import type { ParsedWord, SentenceParse } from './parser.ts';

/** A parsed word placed in the article: offsets are absolute, like those of tokens and mentions. */
export interface TreeWord extends ParsedWord {
  /** Lower case without accents, for lexicon look-ups. */
  readonly fold: string;
  readonly lemmaFold: string;
}

/**
 * A sentence's dependency tree with the navigation the relation rules need: heads, children,
 * conjuncts, the word under an offset and the head word of a span.
 */
export class SentenceTree {
  readonly words: readonly TreeWord[];
  private readonly kids: Map<number, TreeWord[]>;

  constructor(parse: SentenceParse, offset: number, fold: (s: string) => string) {
    this.words = parse.words.map((w) => ({
      ...w,
      start: w.start + offset,
      end: w.end + offset,
      fold: fold(w.form),
      lemmaFold: fold(w.lemma || w.form),
    }));
    this.kids = new Map();
    for (const w of this.words) {
      const list = this.kids.get(w.head) ?? [];
      list.push(w);
      this.kids.set(w.head, list);
    }
  }

  word(id: number): TreeWord | undefined {
    return this.words[id - 1];
  }

  head(w: TreeWord): TreeWord | undefined {
    return w.head === 0 ? undefined : this.word(w.head);
  }

  children(w: TreeWord, ...relations: string[]): TreeWord[] {
    const all = this.kids.get(w.id) ?? [];
    return relations.length === 0 ? all : all.filter((k) => relations.includes(baseRelation(k.deprel)));
  }

  /** The words whose span overlaps [start, end). */
  wordsIn(start: number, end: number): TreeWord[] {
    return this.words.filter((w) => w.start < end && w.end > start);
  }

  /** The word of a span whose head lies outside it: "the United States" → States. */
  headOf(start: number, end: number): TreeWord | undefined {
    const inside = this.wordsIn(start, end);
    const ids = new Set(inside.map((w) => w.id));
    return inside.find((w) => !ids.has(w.head)) ?? inside[0];
  }

  /** The word and the words it coordinates with ("A, B and C" → A, B, C), walking conj both ways. */
  conjuncts(w: TreeWord): TreeWord[] {
    let first = w;
    while (baseRelation(first.deprel) === 'conj') {
      const up = this.head(first);
      if (!up) break;
      first = up;
    }
    return [first, ...this.children(first, 'conj')];
  }

  /** Ancestors from the word's head up to the root. */
  ancestors(w: TreeWord): TreeWord[] {
    const out: TreeWord[] = [];
    let at = this.head(w);
    while (at && out.length < this.words.length) {
      out.push(at);
      at = this.head(at);
    }
    return out;
  }

  /** Every word under w (w included), not descending into the relations given. */
  subtree(w: TreeWord, stopAt: ReadonlySet<string> = new Set()): TreeWord[] {
    const out: TreeWord[] = [w];
    for (let i = 0; i < out.length; i++)
      for (const k of this.children(out[i]!)) if (!stopAt.has(baseRelation(k.deprel))) out.push(k);
    return out;
  }

  /** Every word under w (w included), descending only into the children `keep` accepts. */
  subtreeWhere(w: TreeWord, keep: (child: TreeWord) => boolean): TreeWord[] {
    const out: TreeWord[] = [w];
    for (let i = 0; i < out.length; i++) for (const k of this.children(out[i]!)) if (keep(k)) out.push(k);
    return out;
  }

  /** The path of relations from w up to (not including) an ancestor, or null when it is not one. */
  pathUp(w: TreeWord, ancestor: TreeWord): TreeWord[] | null {
    const path: TreeWord[] = [];
    let at: TreeWord | undefined = w;
    while (at && at.id !== ancestor.id) {
      path.push(at);
      at = this.head(at);
      if (path.length > this.words.length) return null;
    }
    return at ? path : null;
  }
}

/** "nmod:poss" → "nmod", "obl:agent" stays whole: the agent of a passive is its own role. */
export function baseRelation(deprel: string): string {
  if (deprel === 'obl:agent' || deprel === 'nsubj:pass' || deprel === 'nmod:poss') return deprel;
  const colon = deprel.indexOf(':');
  return colon < 0 ? deprel : deprel.slice(0, colon);
}

import type { Token } from '../text/tokenize.ts';

/** How the text must be written for an alias to fire: acronyms exactly, names capitalised. */
export type CaseRule = 'exact' | 'capitalised' | 'any';

export interface TrieEntry<P> {
  readonly tokens: readonly string[];
  readonly caseRule: CaseRule;
  readonly payload: P;
}

interface Node<P> {
  readonly next: Map<string, Node<P>>;
  readonly entries: TrieEntry<P>[];
}

export interface TrieMatch<P> {
  /** Token index one past the match. */
  readonly end: number;
  readonly entries: readonly TrieEntry<P>[];
}

/** A longest-match trie over token keys (transliteration-folded words). */
export class Trie<P> {
  private readonly root: Node<P> = { next: new Map(), entries: [] };

  add(keys: readonly string[], entry: TrieEntry<P>): void {
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    node.entries.push(entry);
  }

  /** Every entry with its keys, parents before children and in insertion order: adding them back in
   * this order rebuilds an equal trie (the compiled gazetteer's cache relies on it). */
  *entries(): Generator<readonly [readonly string[], TrieEntry<P>]> {
    const stack: [Node<P>, readonly string[]][] = [[this.root, []]];
    while (stack.length > 0) {
      const [node, keys] = stack.pop()!;
      for (const entry of node.entries) yield [keys, entry];
      // Reversed onto the stack so children come out in insertion order.
      for (const [key, child] of [...node.next].reverse()) stack.push([child, [...keys, key]]);
    }
  }

  /**
   * Matches starting at token `from`, longest first, keeping only entries whose case rule the text meets.
   * `joined(i)` says whether tokens i and i + 1 are written together (space, hyphen, apostrophe).
   */
  matchAt(tokens: readonly Token[], from: number, joined: (i: number) => boolean): TrieMatch<P>[] {
    const found: TrieMatch<P>[] = [];
    let node: Node<P> | undefined = this.root;
    for (let i = from; i < tokens.length; i++) {
      if (i > from && !joined(i - 1)) break;
      node = node.next.get(tokens[i]!.key);
      if (!node) break;
      const entries = node.entries.filter((e) => caseAllows(e, tokens, from));
      if (entries.length > 0) found.push({ end: i + 1, entries });
    }
    return found.reverse();
  }
}

function caseAllows<P>(entry: TrieEntry<P>, tokens: readonly Token[], from: number): boolean {
  if (entry.caseRule === 'any') return true;
  if (entry.caseRule === 'capitalised') return tokens[from]!.capitalised;
  return entry.tokens.every((word, k) => tokens[from + k]?.text === word);
}

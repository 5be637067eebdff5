import type { EntityMention } from '../recognise/spans.ts';
import { parseNumber } from '../text/parse-number.ts';
import type { Sentence } from '../text/segment.ts';

const REPORT_BEFORE = /^(selon|according|rapporte|indique|annonce|affirme|par)$/;
const REPORT_AFTER =
  /^(said|says|reported|announced|claimed|indique|annonce|affirme|rapporte|declare|precise)$/;
const CASUALTY =
  /^(morts?|tues|tuees|tue|tuant|blessant|killing|wounding|injuring|killed|dead|deaths|blesses|blessees|injured|wounded|victimes|casualties)$/;

/** The organisation or official a sentence quotes as its source: "selon le ministère", "Kyiv's air force said". */
export function reporterOf(sentence: Sentence, mentions: readonly EntityMention[]): string | null {
  const words = sentence.tokens.map((t) => t.fold);
  const reporter = mentions.find((m) => {
    if (m.type !== 'Organization' && m.type !== 'Official') return false;
    const before = words.slice(Math.max(0, m.first - 3), m.first);
    const after = words.slice(m.last, m.last + 3);
    return before.some((w) => REPORT_BEFORE.test(w)) || after.some((w) => REPORT_AFTER.test(w));
  });
  return reporter?.entityId ?? null;
}

/** A count of dead or wounded within a few words of a casualty word: "six civils ont été tués", "killing two people". */
export function casualtiesIn(sentence: Sentence, text: string): number | null {
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    if (!CASUALTY.test(tokens[i]!.fold)) continue;
    for (let k = Math.max(0, i - 5); k < Math.min(tokens.length, i + 4); k++) {
      const n = parseNumber(tokens, k, text);
      if (n && n.value > 0 && n.value < 1e6) return n.value;
    }
  }
  return null;
}

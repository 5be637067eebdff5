import { bySentence } from '../recognise/by-sentence.ts';
import { spanOf } from '../recognise/recognise.ts';
import type { EntityMention } from '../recognise/spans.ts';
import type { Sentence } from '../text/segment.ts';
import type { DiscoveredOfficial } from './discover-officials.ts';

/**
 * Every other mention of officials found through their title: the full name again, or the surname
 * alone ("Taran a déclaré"), compared by transliteration key so spelling variants fold together; and the
 * surname alone of known officials the article has named in full.
 */
export function findLocalNames(
  sentences: readonly Sentence[],
  text: string,
  officials: readonly DiscoveredOfficial[],
  taken: readonly EntityMention[],
): EntityMention[] {
  const byKey = nameKeys(sentences, officials, taken);
  const found: EntityMention[] = [];
  const takenBySentence = bySentence(taken);
  for (const sentence of sentences) {
    if (sentence.boilerplate) continue;
    const covered = new Set(
      (takenBySentence.get(sentence.index) ?? []).flatMap((m) => range(m.first, m.last)),
    );
    for (let i = 0; i < sentence.tokens.length; i++) {
      if (covered.has(i) || !sentence.tokens[i]!.capitalised) continue;
      for (const width of [4, 3, 2, 1]) {
        const keys = sentence.tokens.slice(i, i + width);
        if (keys.length < width || keys.some((_, k) => covered.has(i + k))) continue;
        const id = byKey.get(keys.map((t) => t.key).join(' '));
        if (!id) continue;
        found.push({
          ...spanOf(sentence, i, i + width, text),
          entityId: id,
          type: 'Official',
          metonymy: false,
        });
        i += width - 1;
        break;
      }
    }
  }
  return found;
}

/** Transliteration keys of full names and surnames → official id; the first official to claim a key keeps it. */
function nameKeys(
  sentences: readonly Sentence[],
  officials: readonly DiscoveredOfficial[],
  taken: readonly EntityMention[],
): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const official of officials) {
    const keys = sentences[official.span.sentence]!.tokens.slice(official.span.first, official.span.last).map(
      (t) => t.key,
    );
    if (!byKey.has(keys.join(' '))) byKey.set(keys.join(' '), official.id);
    if (!byKey.has(keys.at(-1)!)) byKey.set(keys.at(-1)!, official.id);
  }
  // A known official named in full once ("Andriy Yermak") is named by the surname alone later on.
  for (const m of taken) {
    if (m.type !== 'Official' || m.last - m.first < 2) continue;
    const surname = sentences[m.sentence]!.tokens[m.last - 1]!;
    if (surname.text.length > 2 && !byKey.has(surname.key)) byKey.set(surname.key, m.entityId);
  }
  return byKey;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

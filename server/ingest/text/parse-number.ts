import { MAGNITUDES, NUMBER_WORDS } from '../lexicon/numbers.ts';
import type { Token } from './tokenize.ts';

export interface ParsedNumber {
  readonly value: number;
  /** Token index one past the number. */
  readonly end: number;
}

/** A number written in digits ("87", "1 000", "1,5") or words ("soixante-dix", "thirty"), then a magnitude. */
export function parseNumber(tokens: readonly Token[], at: number, text: string): ParsedNumber | null {
  const base = /^\d+$/.test(tokens[at]?.text ?? '') ? digits(tokens, at, text) : words(tokens, at);
  if (!base) return null;
  const magnitude = MAGNITUDES[tokens[base.end]?.fold ?? ''];
  const scaled =
    magnitude && tokens[base.end]!.fold !== 'm' ? { value: base.value * magnitude, end: base.end + 1 } : base;
  return scaled;
}

function digits(tokens: readonly Token[], at: number, text: string): ParsedNumber {
  let raw = tokens[at]!.text;
  let end = at + 1;
  while (
    end < tokens.length &&
    /^\d{3}$/.test(tokens[end]!.text) &&
    /^[\s\u202f\u00a0]$/.test(gap(tokens, end, text))
  ) {
    raw += tokens[end]!.text;
    end++;
  }
  if (end < tokens.length && /^\d+$/.test(tokens[end]!.text) && /^[,.]$/.test(gap(tokens, end, text))) {
    raw += `.${tokens[end]!.text}`;
    end++;
  }
  return { value: Number(raw), end };
}

function words(tokens: readonly Token[], at: number): ParsedNumber | null {
  let total = 0;
  let current = 0;
  let end = at;
  for (; end < tokens.length; end++) {
    const word = tokens[end]!.fold;
    const value = NUMBER_WORDS[word];
    if (value === undefined) {
      if (
        (word === 'et' || word === 'and') &&
        end > at &&
        NUMBER_WORDS[tokens[end + 1]?.fold ?? ''] !== undefined
      )
        continue;
      break;
    }
    if (/aine$|^dozen$/.test(word) && current === 1) current = value;
    else if (value === 100) current = (current || 1) * 100;
    else if (value === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (value === 20 && current % 100 === 4) current += 76;
    else current += value;
  }
  return end > at ? { value: total + current, end } : null;
}

function gap(tokens: readonly Token[], i: number, text: string): string {
  return text.slice(tokens[i - 1]!.end, tokens[i]!.start);
}

import type { FactDate } from './article-context.ts';

/** One agreement as the article tells it, filled sentence by sentence. */
export interface AgreementFrame {
  kind: string;
  parties: string[];
  status: string | null;
  signedDate: FactDate | null;
  firstDate: FactDate | null;
  durationYears: number | null;
  until: string | null;
  untilCondition: string | null;
  place: string | null;
  /** The one party the sentence gave as the other side ("with Kyiv"): what "similar agreements" share. */
  counterpart: string | null;
  readonly partySentence: Map<string, number>;
  readonly signers: Map<string, number>;
  readonly negotiators: Map<string, number>;
  readonly triggers: { start: number; end: number; text: string }[];
}

export function newAgreementFrame(
  kind: string,
  parties: readonly string[],
  sentence: number,
): AgreementFrame {
  return {
    kind,
    parties: [...parties],
    status: null,
    signedDate: null,
    firstDate: null,
    durationYears: null,
    until: null,
    untilCondition: null,
    place: null,
    counterpart: null,
    partySentence: new Map(parties.map((p) => [p, sentence])),
    signers: new Map(),
    negotiators: new Map(),
    triggers: [],
  };
}

export function sameParties(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((p) => b.includes(p));
}

import { AGREEMENT_STATUSES } from '../../../schema/graph-model.ts';
import { AGREEMENT_TRIGGERS } from '../lexicon/agreements.ts';
import type { Sentence } from '../text/segment.ts';
import { type AgreementFrame, newAgreementFrame, sameParties } from './agreement-frame.ts';
import type { ArticleContext, FactDate } from './article-context.ts';
import { dateAt, datesIn, mentionsIn } from './article-context.ts';
import { type AgreementReading, readAgreement } from './read-agreement.ts';
import { actorId, findTriggers, officialCountry } from './sentence-tools.ts';

/**
 * Agreement frames across an article: a trigger with its parties opens a frame (or joins the one with the
 * same kind and parties); "l'accord", "this agreement" point back to the last one; "de tels accords avec
 * X, Y et Z" opens one bilateral frame per partner.
 */
export function findAgreements(ctx: ArticleContext): AgreementFrame[] {
  const frames: AgreementFrame[] = [];
  // A lede may name "l'accord" before the article introduces it: held until the first frame opens.
  const pending: [Sentence, AgreementReading][] = [];
  for (const sentence of ctx.sentences) {
    if (sentence.boilerplate) continue;
    const inNames = (i: number) => mentionsIn(ctx, sentence.index).some((m) => i >= m.first && i < m.last);
    for (const hit of findTriggers(sentence, AGREEMENT_TRIGGERS)) {
      const reading = inNames(hit.first) ? null : readAgreement(ctx, sentence, hit);
      if (!reading) continue;
      // "le document", "the text": only a definite reference to an agreement already told.
      if (hit.trigger.referenceOnly && (reading.reference !== 'definite' || frames.length === 0)) continue;
      const before = frames.length;
      const targets = framesFor(ctx, sentence, reading, frames);
      // Only the lede (title and first paragraphs) names an agreement ahead; later, it is another one.
      const lede = sentence.paragraph <= 2 && !reading.located && !reading.topic;
      if (targets.length === 0 && reading.reference === 'definite' && frames.length === 0 && lede)
        pending.push([sentence, reading]);
      for (const frame of targets) fill(ctx, sentence, reading, frame);
      if (before === 0 && frames.length > 0)
        for (const [s, r] of pending.splice(0)) fill(ctx, s, r, frames[0]!);
    }
  }
  return frames;
}

function framesFor(
  ctx: ArticleContext,
  sentence: Sentence,
  reading: AgreementReading,
  frames: AgreementFrame[],
): AgreementFrame[] {
  const last = frames.at(-1);
  // "le texte", "the document" is the agreement just told, whatever it says about.
  if (reading.hit.trigger.referenceOnly) return last ? [last] : [];
  if (reading.reference === 'definite') {
    const antecedent = [...frames].reverse().find((f) => !reading.kind || f.kind === reading.kind);
    // "the agreement between Israel and Hamas" names its own parties: it points back only to theirs.
    const { actors, partners, own } = reading.sides;
    const named = [...new Set([...actors, ...partners, ...own])];
    const elsewhere = named.length >= 2 && antecedent && !named.every((p) => antecedent.parties.includes(p));
    if (antecedent && !elsewhere) return [antecedent];
  }
  if (reading.hypothetical) return [];
  const kind = reading.kind ?? (reading.reference === 'such' ? last?.kind : undefined) ?? 'other';
  const groups = sideGroups(ctx, reading, last);
  const result: AgreementFrame[] = [];
  for (const parties of groups) {
    const named = reading.sides.named.length >= 2;
    // "l'accord", "the ceasefire in Gaza" that officials discuss: only two named parties open it.
    const vague = kind === 'other' || reading.located || reading.topic;
    if (parties.length < 2 || (vague && reading.reference === 'definite' && !named)) continue;
    // "un accord bilatéral" and "l'accord de sécurité" between the same parties are one agreement.
    // …unless each was signed on a day of its own: the June accord and December's peace deal.
    const signed = reading.status === 'signed' ? statedDate(ctx, sentence) : null;
    let frame = frames.find(
      (f) =>
        (f.kind === kind || f.kind === 'other' || kind === 'other') &&
        sameParties(f.parties, parties) &&
        !(reading.reference === 'new' && otherDay(f.signedDate, signed)),
    );
    if (frame?.kind === 'other') frame.kind = kind;
    if (!frame) {
      frame = newAgreementFrame(kind, parties, sentence.index);
      const partners = reading.sides?.partners ?? [];
      if (partners.length === 1 && parties.includes(partners[0]!)) frame.counterpart = partners[0]!;
      frames.push(frame);
    }
    result.push(frame);
  }
  return result;
}

/** The day a sentence states, if it states one. */
function statedDate(ctx: ArticleContext, sentence: Sentence): FactDate | null {
  return datesIn(ctx, sentence.index).length > 0 ? dateAt(ctx, sentence.index) : null;
}

/** Two days stated to the day and more than a day apart. */
function otherDay(a: FactDate | null, b: FactDate | null): boolean {
  if (a?.precision !== 'day' || b?.precision !== 'day' || !a.date || !b.date) return false;
  return Math.abs(Date.parse(a.date) - Date.parse(b.date)) > 86_400_000;
}

/**
 * Party sets from the sentence's structure. A plural agreement between one side and several is one
 * bilateral agreement per partner ("Ukraine signed agreements with Iceland, Norway and Sweden"); "similar
 * agreements signed by Berlin and Paris" pair each with the counterpart of the agreement just told.
 */
function sideGroups(
  ctx: ArticleContext,
  reading: AgreementReading,
  last: AgreementFrame | undefined,
): string[][] {
  const { actors, partners, own } = reading.sides;
  const parties = unique([...actors, ...partners, ...own]);
  if (reading.hit.trigger.plural) {
    // A headline's "Ukraine signs agreements with …" may parse Ukraine as the noun's modifier.
    const one = actors.length > 0 ? actors : own;
    const pairWith = (hub: string, others: readonly string[]) =>
      others.filter((p) => p !== hub).map((p) => [hub, p]);
    if (one.length === 1 && partners.length >= 2) return pairWith(one[0]!, partners);
    if (partners.length === 1 && one.length >= 2) return pairWith(partners[0]!, one);
    const counterpart =
      reading.reference === 'such' && last
        ? (last.counterpart ?? mainParty(ctx, last.parties, parties))
        : null;
    if (counterpart && partners.length === 0 && one.length >= 1) return pairWith(counterpart, one);
    if (parties.length < 2) return [];
  }
  if (parties.length < 2 && last && parties.every((p) => last.parties.includes(p))) return [last.parties];
  return [parties];
}

/** Of an agreement's parties not among `others`, the one the article names most. */
function mainParty(
  ctx: ArticleContext,
  parties: readonly string[],
  others: readonly string[],
): string | null {
  const count = (id: string) => ctx.mentions.filter((m) => actorId(ctx, m.entityId) === id).length;
  const candidates = parties.filter((p) => !others.includes(p));
  return candidates.sort((a, b) => count(b) - count(a))[0] ?? null;
}

function fill(
  ctx: ArticleContext,
  sentence: Sentence,
  reading: AgreementReading,
  frame: AgreementFrame,
): void {
  const at = sentence.tokens[reading.hit.first]!.start;
  const end = sentence.tokens[reading.hit.last - 1]!.end;
  frame.triggers.push({ start: at, end, text: ctx.text.slice(at, end) });
  for (const p of frame.parties) if (!frame.partySentence.has(p)) frame.partySentence.set(p, sentence.index);
  const dated = datesIn(ctx, sentence.index).length > 0 ? dateAt(ctx, sentence.index, at) : null;
  if (reading.status && rank(reading.status) > rank(frame.status)) frame.status = reading.status;
  if (reading.status === 'signed' && dated && !frame.signedDate) frame.signedDate = dated;
  if (dated && !frame.firstDate) frame.firstDate = dated;
  frame.durationYears ??= reading.durationYears;
  frame.until ??= reading.until;
  frame.untilCondition ??= reading.condition;
  frame.place ??= reading.venue
    ? (ctx.knowledge.entities.get(reading.venue.entityId)?.name ?? reading.venue.text)
    : null;
  for (const id of reading.sides.signers)
    if (reading.status === 'signed' && frame.parties.includes(officialCountry(ctx, id) ?? ''))
      frame.signers.set(id, sentence.index);
  for (const id of reading.sides.negotiators)
    if (reading.status === 'negotiating' && !frame.negotiators.has(id))
      frame.negotiators.set(id, sentence.index);
}

/** An agreement's life in order (schema/graph-model.ts): a later stage outranks an earlier one. */
function rank(status: string | null): number {
  return (AGREEMENT_STATUSES as readonly (string | null)[]).indexOf(status) + 1;
}

function unique(ids: readonly (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

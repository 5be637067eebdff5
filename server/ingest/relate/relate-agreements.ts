import { AGREEMENT_TRIGGERS, AUXILIARIES } from '../lexicon/agreements.ts';
import type { EntityMention } from '../recognise/spans.ts';
import type { Sentence } from '../text/segment.ts';
import { type AgreementFrame, newAgreementFrame, sameParties } from './agreement-frame.ts';
import type { ArticleContext } from './article-context.ts';
import { dateAt, datesIn, mentionsIn } from './article-context.ts';
import { type AgreementReading, readAgreement } from './read-agreement.ts';
import { actorId, findTriggers, isSpeaker, officialCountry, SPEECH } from './sentence-tools.ts';

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
  if (reading.reference === 'definite') {
    const antecedent = [...frames].reverse().find((f) => !reading.kind || f.kind === reading.kind);
    if (antecedent) return [antecedent];
  }
  if (reading.hypothetical) return [];
  const kind = reading.kind ?? (reading.reference === 'such' ? last?.kind : undefined) ?? 'other';
  const groups = partyGroups(ctx, sentence, reading, last);
  const result: AgreementFrame[] = [];
  for (const parties of groups) {
    const named =
      unique([...reading.parties.map((m) => actorId(ctx, m.entityId)), ...reading.demonymParties]).length >=
      2;
    // "l'accord", "the ceasefire in Gaza" that officials discuss: only two named parties open it.
    const vague = kind === 'other' || reading.located || reading.topic;
    if (parties.length < 2 || (vague && reading.reference === 'definite' && !named)) continue;
    // "un accord bilatéral" and "l'accord de sécurité" between the same parties are one agreement.
    let frame = frames.find(
      (f) => (f.kind === kind || f.kind === 'other' || kind === 'other') && sameParties(f.parties, parties),
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

/** The party sets a trigger opens: one set, or one bilateral set per partner after a plural trigger. */
function partyGroups(
  ctx: ArticleContext,
  sentence: Sentence,
  reading: AgreementReading,
  last: AgreementFrame | undefined,
): string[][] {
  if (reading.sides) return sideGroups(ctx, reading, last);
  const explicit = unique([
    ...reading.parties.map((m) => actorId(ctx, m.entityId)),
    ...reading.demonymParties,
  ]);
  const before = unique(
    reading.parties.filter((m) => m.last <= reading.hit.first).map((m) => actorId(ctx, m.entityId)),
  );
  if (reading.hit.trigger.plural && before.length === 1 && explicit.length >= 3) {
    return explicit.filter((p) => p !== before[0]).map((p) => [before[0]!, p]);
  }
  if (reading.hit.trigger.plural && explicit.length < 2) return [];
  const parties = [...explicit];
  for (const m of mentionsIn(ctx, sentence.index)) {
    const country = m.type === 'Official' ? officialCountry(ctx, m.entityId) : null;
    if (parties.length < 2 && country && !parties.includes(country)) parties.push(country);
  }
  if (parties.length < 2 && last && parties.every((p) => last.parties.includes(p))) return [last.parties];
  return [parties];
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
  const { actors, partners, own } = reading.sides!;
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
  frame.place ??= reading.venue
    ? (ctx.knowledge.entities.get(reading.venue.entityId)?.name ?? reading.venue.text)
    : null;
  if (reading.sides) {
    for (const id of reading.sides.signers)
      if (reading.status === 'signed' && frame.parties.includes(officialCountry(ctx, id) ?? ''))
        frame.signers.set(id, sentence.index);
    for (const id of reading.sides.negotiators)
      if (reading.status === 'negotiating' && !frame.negotiators.has(id))
        frame.negotiators.set(id, sentence.index);
    return;
  }
  const officials = mentionsIn(ctx, sentence.index).filter((m) => m.type === 'Official');
  const pair = reading.status === 'signed' ? pairSigners(sentence, officials, reading.cueAt) : [];
  for (const m of officials) {
    if (isSpeaker(sentence, m)) continue;
    if (
      reading.status === 'signed' &&
      (signs(sentence, m.last, reading.cueAt) ||
        signedBy(sentence, m.start, reading.cueAt) ||
        pair.includes(m.entityId))
    )
      frame.signers.set(m.entityId, sentence.index);
    if (reading.status === 'negotiating' && !frame.negotiators.has(m.entityId))
      frame.negotiators.set(m.entityId, sentence.index);
  }
}

/** An official signs when an active sign verb follows them: "Biden et Zelensky ont signé". */
function signs(sentence: Sentence, after: number, cueAt: number | null): boolean {
  if (cueAt === null || cueAt < after || cueAt - after > 8) return false;
  const between = sentence.text.slice(
    sentence.tokens[after - 1]!.end - sentence.start,
    sentence.tokens[cueAt]!.start - sentence.start,
  );
  if (/[«»"“”.;]/.test(between)) return false;
  // "Macron said France signed": the speaker reports, the subject of "signed" signs.
  if (sentence.tokens.slice(after, cueAt).some((t) => SPEECH.test(t.fold))) return false;
  const word = sentence.tokens[cueAt]!.fold;
  const aux = sentence.tokens[cueAt - 1]?.fold ?? '';
  return AUXILIARIES.has(aux) || /^(signent|signera|signeront|signed|signs|sign)$/.test(word);
}

/**
 * "signé par Biden et Zelensky", "signed in Manila by the Japanese Foreign Minister X and … Y": the
 * officials after "par"/"by" (a few words after the verb), up to the end of the clause.
 */
function signedBy(sentence: Sentence, start: number, cueAt: number | null): boolean {
  if (cueAt === null) return false;
  const by = sentence.tokens.slice(cueAt + 1, cueAt + 6).find((t) => t.fold === 'par' || t.fold === 'by');
  if (!by || start <= by.start) return false;
  return !/[,;:.()«»"“”]/.test(sentence.text.slice(by.end - sentence.start, start - sentence.start));
}

/** "where the two signed", "les deux ministres ont signé": the last two officials before the verb sign. */
function pairSigners(
  sentence: Sentence,
  officials: readonly EntityMention[],
  cueAt: number | null,
): string[] {
  if (cueAt === null) return [];
  const before = sentence.tokens.slice(Math.max(0, cueAt - 4), cueAt).map((t) => t.fold);
  if (!before.some((w) => PAIR_WORDS.has(w))) return [];
  return officials
    .filter((m) => m.last <= cueAt)
    .slice(-2)
    .map((m) => m.entityId);
}

const PAIR_WORDS = new Set(['two', 'both', 'deux']);

function rank(status: string | null): number {
  return status === 'signed' ? 3 : status === 'negotiating' ? 2 : status === 'proposed' ? 1 : 0;
}

function unique(ids: readonly (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

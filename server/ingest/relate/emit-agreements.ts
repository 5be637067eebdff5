import type { Properties } from '../../../schema/exchange.ts';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../../../schema/graph-model.ts';
import { slug } from '../text/fold.ts';
import { ensureEntity } from './add-entities.ts';
import type { AgreementFrame } from './agreement-frame.ts';
import type { ArticleContext, FactDate } from './article-context.ts';
import { addRelation, publishedDate } from './article-context.ts';

const KIND_LABEL: Readonly<Record<string, string>> = {
  security: 'security agreement',
  framework: 'framework agreement',
  roadmap: 'roadmap',
  ceasefire: 'ceasefire',
  aid: 'aid agreement',
  other: 'agreement',
};

/**
 * Writes each frame as an Agreement with PARTY_TO, SIGNED and NEGOTIATED. The id is what identifies an
 * agreement across articles: its kind, its parties and its year, so April's talks and June's signature
 * of one pact are one node.
 */
export function emitAgreements(ctx: ArticleContext, frames: readonly AgreementFrame[]): void {
  const used = new Set<string>();
  for (const frame of frames) {
    if (!frame.parties.every((p) => ensureEntity(ctx, p))) continue;
    const date = frame.signedDate ?? frame.firstDate ?? publishedDate(ctx);
    const year = date.date?.slice(0, 4) ?? 'undated';
    const parties = [...frame.parties].sort();
    const base = `agreement:${frame.kind}-${parties.map(partySlug).join('-')}-${year}`;
    // A second agreement of the same parties that year, signed on another day, keeps its day in its id.
    const id = used.has(base) && frame.signedDate?.date ? `${base}-${frame.signedDate.date.slice(5)}` : base;
    used.add(id);
    const names = parties.map((p) => ctx.builder.nameOf(p) ?? p);
    ctx.builder.addEntity({
      id,
      type: 'Agreement',
      name: `${names.join('–')} ${KIND_LABEL[frame.kind] ?? 'agreement'}`,
      aliases: [],
      properties: {
        kind: frame.kind,
        status: frame.status,
        date: date.date,
        // "In force since July" after "signed in June": a later stage keeps the signature day.
        signedOn: isSigned(frame.status) ? (frame.signedDate?.date ?? null) : null,
        durationYears: frame.durationYears,
        until: frame.until,
        untilCondition: frame.untilCondition,
        place: frame.place,
      },
    });
    for (const t of frame.triggers) ctx.builder.addMention({ articleId: ctx.articleId, entityId: id, ...t });
    emitRelations(ctx, frame, id, date);
  }
}

function emitRelations(ctx: ArticleContext, frame: AgreementFrame, id: string, date: FactDate): void {
  const status: Properties = frame.status ? { status: frame.status } : {};
  for (const [party, sentence] of frame.partySentence) {
    if (!frame.parties.includes(party)) continue;
    addRelation(ctx, {
      type: 'PARTY_TO',
      from: party,
      to: id,
      sentence,
      date,
      confidence: 0.8,
      properties: status,
    });
  }
  for (const [official, sentence] of frame.signers) {
    addRelation(ctx, { type: 'SIGNED', from: official, to: id, sentence, date, confidence: 0.8 });
  }
  for (const [official, sentence] of frame.negotiators) {
    if (frame.signers.has(official)) continue;
    addRelation(ctx, { type: 'NEGOTIATED', from: official, to: id, sentence, date, confidence: 0.6 });
  }
}

function partySlug(id: string): string {
  return slug(id.slice(id.indexOf(':') + 1));
}

/** Signed, or a stage only a signed agreement reaches (in force, suspended, ended). */
function isSigned(status: string | null): boolean {
  return (
    status !== null &&
    AGREEMENT_STATUSES.indexOf(status as AgreementStatus) >= AGREEMENT_STATUSES.indexOf('signed')
  );
}

import type { GraphDocument } from '../../../schema/exchange.ts';
import { deriveDocument } from './derive-document.ts';
import { GraphBuilder } from './graph-builder.ts';
import { unifyAgreements } from './unify-agreements.ts';
import { unifyAttacks } from './unify-attacks.ts';

/**
 * One document from many: entities by id with aliases unioned, one attack reported a day apart as one,
 * every article's claims kept and the facts derived from them, in a stable order so the same input
 * gives the same bytes.
 */
export function mergeDocuments(docs: readonly GraphDocument[]): GraphDocument {
  const builder = new GraphBuilder();
  for (const doc of unifyAttacks(unifyAgreements(docs))) {
    for (const article of doc.articles) builder.addArticle(article);
    for (const entity of doc.entities) builder.addEntity(entity);
    for (const relation of doc.relations) builder.addRelation(relation);
    for (const mention of doc.mentions) builder.addMention(mention);
    for (const claim of doc.claims) builder.addClaim(claim);
    for (const correction of doc.corrections) builder.addCorrection(correction);
  }
  return deriveDocument(builder.toDocument());
}

import { type AgreementIdentity, sameAgreement, UNSTATED_KIND } from '../../../schema/event-identity.ts';
import type { GraphDocument } from '../../../schema/exchange.ts';
import { renameEvents } from './rename-events.ts';

/**
 * Across articles, an agreement of no stated kind ("un accord", "the deal") that is one agreement by its
 * identity (schema/event-identity.ts) with exactly one agreement of a known kind becomes that agreement.
 */
export function unifyAgreements(docs: readonly GraphDocument[]): GraphDocument[] {
  const facts = [...new Map(docs.flatMap(agreementFacts).map((f) => [f.id, f])).values()];
  // The identity asks for the same year and parties: only agreements with those can match.
  const byParties = new Map<string, typeof facts>();
  for (const fact of facts) {
    const key = partiesKey(fact);
    const same = byParties.get(key);
    if (same) same.push(fact);
    else byParties.set(key, [fact]);
  }
  const rename = new Map<string, string>();
  for (const unstated of facts.filter((f) => f.kind === UNSTATED_KIND)) {
    const known = (byParties.get(partiesKey(unstated)) ?? []).filter(
      (f) => f.kind !== UNSTATED_KIND && sameAgreement(f, unstated),
    );
    if (known.length === 1) rename.set(unstated.id, known[0]!.id);
  }
  const names = new Map(docs.flatMap((d) => d.entities.map((e) => [e.id, e.name] as const)));
  return renameEvents(docs, rename, (e, to) => ({
    ...e,
    id: to,
    name: names.get(to) ?? e.name,
    properties: { ...e.properties, kind: null },
  }));
}

const partiesKey = (fact: AgreementIdentity) => `${fact.year}\u0000${fact.parties.join('\u0000')}`;

/** An agreement's identity from a document: kind, year (date, signature, else the id's) and parties. */
export function agreementFacts(doc: GraphDocument): (AgreementIdentity & { id: string })[] {
  return doc.entities.flatMap((e) => {
    if (e.type !== 'Agreement') return [];
    const date = e.properties.date ?? e.properties.signedOn;
    const year = typeof date === 'string' ? date.slice(0, 4) : /-(\d{4})$/.exec(e.id)?.[1];
    const parties = [
      ...new Set(doc.relations.filter((r) => r.type === 'PARTY_TO' && r.to === e.id).map((r) => r.from)),
    ].sort();
    if (!year || parties.length === 0) return [];
    return [{ id: e.id, kind: String(e.properties.kind ?? UNSTATED_KIND), year, parties }];
  });
}

// Cross-run event resolution: an attack or agreement the graph already holds under another id (reported
// a day apart, by another run) is that stored event, so the articles' evidence is rewritten onto it.
// The graph finds the candidates through its indexes; whether a candidate is the same event is decided
// by schema/event-identity.ts, the rule extraction merges with too.
import { sameAgreement, sameAttack } from '../../../schema/event-identity.ts';
import type { CypherQuery } from '../queries/cypher-query.ts';
import { issued, type Tx } from '../tx.ts';
import { lockEntitiesQuery } from './load-queries.ts';
import {
  type AgreementQuestion,
  type AttackQuestion,
  eventQuestions,
  rewriteEventIds,
  type StoredEvent,
} from './rewrite-event-ids.ts';
import type { ArticleSlice } from './split-by-article.ts';

interface Candidate {
  readonly id: string;
  readonly storedId: string;
  readonly storedName: string;
  readonly weapon: string | null;
  readonly date: string | null;
  readonly kind: string | null;
  readonly year: string | null;
  readonly others: string[];
}

/**
 * Stored events each new one (not stored under its own id: asked first, so that a report of a stored
 * event costs one index seek) may be, with what their identity needs: attacks on the days around its date
 * launched by the same attacker (with their targets); agreements its first party is party to (with
 * their kind, year and parties). Earliest first.
 */
export function storedCandidatesQuery(
  attacks: AttackQuestion[],
  agreements: AgreementQuestion[],
): CypherQuery {
  return {
    cypher: `UNWIND $attacks AS q
      WITH q WHERE NOT EXISTS { MATCH (:Attack {id: q.id}) }
      UNWIND q.dates AS day
      MATCH (s:Attack {date: day}) USING INDEX s:Attack(date)
      WHERE s.id <> q.id
      MATCH (:Entity {id: q.attacker})-[:LAUNCHED]->(s)
      WITH DISTINCT q, s
      RETURN q.id AS id, s.id AS storedId, s.name AS storedName, s.weapon AS weapon, s.date AS date,
        null AS kind, null AS year,
        COLLECT { MATCH (s)-[:TARGETED]->(t:Entity) RETURN DISTINCT t.id } AS others
      ORDER BY s.date, s.id
      UNION ALL
      UNWIND $agreements AS q
      WITH q WHERE NOT EXISTS { MATCH (:Agreement {id: q.id}) }
      MATCH (p:Entity {id: q.parties[0]}) USING INDEX p:Entity(id)
      MATCH (p)-[:PARTY_TO]->(s:Agreement)
      WHERE s.id <> q.id
      RETURN q.id AS id, s.id AS storedId, s.name AS storedName, null AS weapon, null AS date,
        coalesce(s.kind, 'other') AS kind, left(coalesce(s.date, s.signedOn, right(s.id, 4)), 4) AS year,
        COLLECT { MATCH (x:Entity)-[:PARTY_TO]->(s) RETURN DISTINCT x.id } AS others
      ORDER BY s.id`,
    params: { attacks, agreements },
  };
}

/**
 * Rewrites the slices onto stored events; events already stored under their own id are left alone. The
 * entities identity hangs on (attackers, first parties) are locked before the graph is asked, so two
 * loads reporting one new event cannot both miss the other's.
 */
export async function resolveEvents(
  tx: Tx,
  slices: ArticleSlice[],
): Promise<{ slices: ArticleSlice[]; entitiesCreated: number }> {
  const { attacks, agreements } = eventQuestions(slices);
  if (attacks.length === 0 && agreements.length === 0) return { slices, entitiesCreated: 0 };
  const anchors = [...attacks.map((q) => q.attacker), ...agreements.map((q) => q.parties[0]!)];
  // Issued together (tx.ts, issued): Neo4j runs them in order, so the candidates are read under the locks.
  const locked = issued(tx.update(lockEntitiesQuery(anchors)));
  const found = issued(tx.run<Candidate>(storedCandidatesQuery(attacks, agreements)));
  const { nodesCreated } = await locked;
  const candidates = await found;
  const stored = new Map<string, StoredEvent>();
  const questions = new Map<string, AttackQuestion | AgreementQuestion>(
    [...attacks, ...agreements].map((q) => [q.id, q]),
  );
  for (const c of candidates) {
    const q = questions.get(c.id);
    if (!q || stored.has(c.id)) continue;
    const same =
      'attacker' in q
        ? c.date !== null &&
          sameAttack(q, { attacker: q.attacker, weapon: String(c.weapon), date: c.date, targets: c.others })
        : c.year !== null && sameAgreement(q, { kind: String(c.kind), year: c.year, parties: c.others });
    if (same) stored.set(c.id, { id: c.storedId, name: c.storedName });
  }
  const resolved = stored.size === 0 ? slices : slices.map((slice) => rewriteEventIds(slice, stored));
  return { slices: resolved, entitiesCreated: nodesCreated };
}

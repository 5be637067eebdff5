// Cross-run event resolution: an attack or agreement the graph already holds under another id (reported
// a day apart, by another run) is that stored event, so the articles' evidence is rewritten onto it.
import type { CypherQuery } from '../queries/cypher-query.ts';
import type { Tx } from '../tx.ts';
import {
  type AgreementQuestion,
  type AttackQuestion,
  eventQuestions,
  rewriteEventIds,
  type StoredEvent,
} from './rewrite-event-ids.ts';
import type { ArticleSlice } from './split-by-article.ts';

/**
 * Same attacker (LAUNCHED from), weapon, day ±1 and overlapping targets (or none known on a side); same
 * agreement kind (or an unstated one), party set and year. The earliest stored match wins.
 */
export function storedEventsQuery(attacks: AttackQuestion[], agreements: AgreementQuestion[]): CypherQuery {
  return {
    cypher: `UNWIND $attacks AS q
      UNWIND q.dates AS day
      MATCH (s:Attack {date: day}) USING INDEX s:Attack(date)
      WHERE s.id <> q.id AND s.weapon = q.weapon
      WITH q, s
      MATCH (c:Entity {id: q.attacker})-[:LAUNCHED]->(s)
      WITH DISTINCT q, s
      WHERE NOT EXISTS { MATCH (:Attack {id: q.id}) }
      WITH q, s, COLLECT { MATCH (s)-[:TARGETED]->(t:Entity) RETURN t.id } AS targets
      WHERE size(q.targets) = 0 OR size(targets) = 0 OR any(t IN targets WHERE t IN q.targets)
      WITH q, s ORDER BY s.date, s.id
      WITH q, collect(s)[0] AS s
      RETURN q.id AS id, s.id AS storedId, s.name AS storedName
      UNION ALL
      UNWIND $agreements AS q
      WITH q, q.parties[0] AS first
      MATCH (p:Entity {id: first}) USING INDEX p:Entity(id)
      MATCH (p)-[:PARTY_TO]->(s:Agreement)
      WHERE s.id <> q.id AND (s.kind = q.kind OR q.kind = 'other')
        AND left(coalesce(s.date, s.signedOn, right(s.id, 4)), 4) = q.year
      WITH q, s
      WHERE NOT EXISTS { MATCH (:Agreement {id: q.id}) }
      WITH q, s, COLLECT { MATCH (x:Entity)-[:PARTY_TO]->(s) RETURN DISTINCT x.id } AS parties
      WHERE size(parties) = size(q.parties) AND all(x IN parties WHERE x IN q.parties)
      WITH q, s ORDER BY s.id
      WITH q, collect(s)[0] AS s
      RETURN q.id AS id, s.id AS storedId, s.name AS storedName`,
    params: { attacks, agreements },
  };
}

/** Rewrites the slices onto stored events; events already stored under their own id are left alone. */
export async function resolveEvents(tx: Tx, slices: ArticleSlice[]): Promise<ArticleSlice[]> {
  const { attacks, agreements } = eventQuestions(slices);
  if (attacks.length === 0 && agreements.length === 0) return slices;
  const rows = await tx.run<{ id: string; storedId: string; storedName: string }>(
    storedEventsQuery(attacks, agreements),
  );
  const stored = new Map<string, StoredEvent>(
    rows.map((row) => [row.id, { id: row.storedId, name: row.storedName }]),
  );
  return stored.size === 0 ? slices : slices.map((slice) => rewriteEventIds(slice, stored));
}

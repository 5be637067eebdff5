// An analyst's merge of two entities that are one ("Syrsky" and "Oleksandr Syrskyi"), and its undo (a
// split). The merged entity's relations, claims and mentions move onto the kept one, each claim keeping
// the fact it was first about (`mergedFrom`) and the merge that moved it (`mergedBy`); a snapshot of what
// was moved stays on the correction, so undoing puts every piece back. Later loads map the merged id onto
// the kept one (activeMerges).
import { AppError } from '../../../schema/errors.ts';
import { ENTITY_TYPES, isRelationType, type RelationType } from '../../../schema/graph-model.ts';
import { type FactKey, recomputeFacts } from '../load/recompute-facts.ts';
import { relationTypesPattern } from '../queries/relation-types-pattern.ts';
import type { Tx } from '../tx.ts';

interface MovedRelation {
  type: RelationType;
  id: string;
  from: string;
  to: string;
}

/** What a merge moved, kept on its correction (as JSON) so that a split can put it back. */
export interface MergeSnapshot {
  readonly labels: string[];
  readonly props: Record<string, unknown>;
  readonly keptAliases: string[];
  readonly relations: MovedRelation[];
  readonly mentions: { articleId: string; starts: number[]; ends: number[]; texts: string[] }[];
}

/** Relation ids are "<type>:<from>><to>" plus an optional "#…": the endpoints part is rewritten. */
export function movedRelationId(relation: MovedRelation, from: string, to: string): string {
  const prefix = `${relation.type.toLowerCase()}:${relation.from}>${relation.to}`;
  const rest = relation.id.startsWith(prefix) ? relation.id.slice(prefix.length) : `#${relation.id}`;
  return `${relation.type.toLowerCase()}:${from}>${to}${rest}`;
}

/** Moves `merged` onto `kept` inside the caller's transaction; returns the snapshot to undo it. */
export async function mergeEntity(
  tx: Tx,
  merged: string,
  kept: string,
  correctionId: string,
): Promise<MergeSnapshot> {
  if (merged === kept) throw new AppError('BAD_USER_INPUT', 'an entity cannot be merged into itself');
  const nodes = await tx.run<{ id: string; labels: string[]; props: Record<string, unknown> }>({
    cypher: `UNWIND $ids AS id MATCH (e:Entity {id: id}) SET e._lock = true REMOVE e._lock
      RETURN e.id AS id, labels(e) AS labels, properties(e) AS props`,
    params: { ids: [kept, merged].sort() },
  });
  const from = nodes.find((n) => n.id === merged);
  const into = nodes.find((n) => n.id === kept);
  if (!from) throw new AppError('NOT_FOUND', `no entity "${merged}" to merge`);
  if (!into) throw new AppError('NOT_FOUND', `no entity "${kept}" to merge into`);
  const type = ENTITY_TYPES.find((t) => from.labels.includes(t));
  if (!type || !into.labels.includes(type)) {
    throw new AppError('BAD_USER_INPUT', `"${merged}" and "${kept}" are not of the same type`);
  }
  const relations = await tx.run<MovedRelation>({
    // From the merged entity's index entry, never a scan of every relation; DISTINCT for a self-loop.
    cypher: `MATCH (:Entity {id: $merged})-[r:${relationTypesPattern()}]-(:Entity)
      RETURN DISTINCT type(r) AS type, r.id AS id, startNode(r).id AS from, endNode(r).id AS to`,
    params: { merged },
  });
  const mentions = await tx.run<MergeSnapshot['mentions'][number]>({
    cypher: `MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: $merged})
      RETURN a.id AS articleId, m.starts AS starts, m.ends AS ends, m.texts AS texts`,
    params: { merged },
  });
  const snapshot: MergeSnapshot = {
    labels: from.labels,
    props: from.props,
    keptAliases: Array.isArray(into.props.aliases) ? into.props.aliases.map(String) : [],
    relations,
    mentions,
  };
  const to = (id: string) => (id === merged ? kept : id);
  // The merged entity and the moved relations are derived again too: left without claims, their stored
  // support goes (recompute-facts.ts), so nothing stale is added to if their ids come back.
  const facts: FactKey[] = [
    { about: kept, factType: type },
    { about: merged, factType: type },
  ];
  for (const relation of relations) {
    const newId = movedRelationId(relation, to(relation.from), to(relation.to));
    facts.push({ about: relation.id, factType: relation.type });
    await moveRelation(
      tx,
      relation,
      { ...relation, id: newId, from: to(relation.from), to: to(relation.to) },
      correctionId,
    );
    facts.push({ about: newId, factType: relation.type });
  }
  await moveClaims(tx, merged, kept, correctionId);
  await tx.run({
    cypher: `MATCH (a:Article)-[m:MENTIONS]->(b:Entity {id: $merged}) MATCH (k:Entity {id: $kept})
      MERGE (a)-[n:MENTIONS]->(k)
      SET n.starts = coalesce(n.starts, []) + m.starts, n.ends = coalesce(n.ends, []) + m.ends,
        n.texts = coalesce(n.texts, []) + m.texts`,
    params: { merged, kept },
  });
  const aliases = [...new Set([...snapshot.keptAliases, String(from.props.name), ...aliasesOf(from.props)])]
    .filter((a) => a !== into.props.name)
    .sort();
  await tx.run({
    cypher: `MATCH (k:Entity {id: $kept}) SET k.aliases = $aliases,
        k.searchText = reduce(s = k.name, a IN $aliases | s + ' | ' + a)
      WITH k MATCH (b:Entity {id: $merged}) DETACH DELETE b`,
    params: { kept, merged, aliases },
  });
  await recomputeFacts(tx, facts);
  return snapshot;
}

/** Puts back what a merge moved: the entity, its relations, claims, mentions and the kept one's aliases. */
export async function splitEntity(
  tx: Tx,
  merged: string,
  kept: string,
  correctionId: string,
  snapshot: MergeSnapshot,
): Promise<void> {
  const labels = snapshot.labels.filter(
    (l) => l === 'Entity' || (ENTITY_TYPES as readonly string[]).includes(l),
  );
  // Labels come from the allow-list, checked above.
  await tx.run({
    cypher: `CREATE (e:${labels.join(':')}) SET e = $props`,
    params: { props: snapshot.props },
  });
  const facts: FactKey[] = [{ about: kept, factType: labels.find((l) => l !== 'Entity')! }];
  const to = (id: string) => (id === merged ? kept : id);
  // The original relationships come back; a moved one keeps the claims that were the kept entity's own,
  // and goes when none are left (recomputeFacts).
  for (const relation of snapshot.relations) {
    if (!isRelationType(relation.type)) continue;
    await tx.run({
      cypher: `MATCH (x:Entity {id: $from}) MATCH (y:Entity {id: $to}) MERGE (x)-[:${relation.type} {id: $id}]->(y)`,
      params: { from: relation.from, to: relation.to, id: relation.id },
    });
    const movedId = movedRelationId(relation, to(relation.from), to(relation.to));
    facts.push({ about: relation.id, factType: relation.type }, { about: movedId, factType: relation.type });
  }
  await tx.run({
    cypher: `MATCH (c:Claim {mergedBy: $correctionId})
      SET c.about = c.mergedFrom REMOVE c.mergedFrom, c.mergedBy`,
    params: { correctionId },
  });
  for (const mention of snapshot.mentions) {
    await tx.run({
      cypher: `MATCH (a:Article {id: $articleId}) MATCH (b:Entity {id: $merged}) MATCH (a)-[n:MENTIONS]->(k:Entity {id: $kept})
        CREATE (a)-[:MENTIONS {starts: $starts, ends: $ends, texts: $texts}]->(b)
        WITH n, [i IN range(0, size(n.starts) - 1) WHERE NOT n.starts[i] IN $starts] AS keep
        SET n.starts = [i IN keep | n.starts[i]], n.ends = [i IN keep | n.ends[i]], n.texts = [i IN keep | n.texts[i]]
        WITH n WHERE size(n.starts) = 0 DELETE n`,
      params: { ...mention, merged, kept },
    });
  }
  await tx.run({
    cypher: `MATCH (k:Entity {id: $kept}) SET k.aliases = $aliases,
      k.searchText = reduce(s = k.name, a IN $aliases | s + ' | ' + a)`,
    params: { kept, aliases: snapshot.keptAliases },
  });
  await recomputeFacts(tx, facts);
}

/**
 * Re-points a relation's claims from one relationship to another (created when absent, or joined when the
 * kept entity already had it) and deletes the old relationship; `mergedBy` marks the claims it moved.
 */
async function moveRelation(
  tx: Tx,
  old: MovedRelation,
  moved: MovedRelation,
  mergedBy: string,
): Promise<void> {
  if (!isRelationType(old.type)) return;
  if (moved.from === moved.to) {
    // A relation between the two merged entities would become a loop: its claims wait for a split.
    await tx.run({
      cypher: `MATCH ()-[r:${old.type} {id: $id}]->() DELETE r`,
      params: { id: old.id },
    });
  } else {
    await tx.run({
      cypher: `MATCH (x:Entity {id: $from}) MATCH (y:Entity {id: $to})
        MERGE (x)-[:${old.type} {id: $id}]->(y)
        WITH x MATCH ()-[r:${old.type} {id: $oldId}]->() DELETE r`,
      params: { from: moved.from, to: moved.to, id: moved.id, oldId: old.id },
    });
  }
  if (moved.from === moved.to) return;
  await tx.run({
    cypher: `MATCH (c:Claim {about: $oldId})
      SET c.mergedFrom = coalesce(c.mergedFrom, c.about), c.mergedBy = coalesce(c.mergedBy, $mergedBy),
        c.about = $id`,
    params: { oldId: old.id, id: moved.id, mergedBy },
  });
}

async function moveClaims(tx: Tx, merged: string, kept: string, mergedBy: string): Promise<void> {
  await tx.run({
    cypher: `MATCH (c:Claim {about: $merged})
      SET c.mergedFrom = coalesce(c.mergedFrom, c.about), c.mergedBy = coalesce(c.mergedBy, $mergedBy),
        c.about = $kept`,
    params: { merged, kept, mergedBy },
  });
}

/** The active merges of these ids: merged id → kept id (and name), for loads to map onto. */
export async function activeMerges(
  tx: Tx,
  ids: readonly string[],
): Promise<Map<string, { id: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.run<{ merged: string; kept: string; name: string }>({
    cypher: `UNWIND $ids AS id
      MATCH (k:Correction {about: id, action: 'merge'}) WHERE k.undoneAt IS NULL
      WITH id, k ORDER BY k.createdAt DESC
      WITH id, collect(k)[0] AS k
      MATCH (e:Entity {id: k.into})
      RETURN id AS merged, e.id AS kept, e.name AS name`,
    params: { ids: [...new Set(ids)] },
  });
  return new Map(rows.map((row) => [row.merged, { id: row.kept, name: row.name }]));
}

function aliasesOf(props: Record<string, unknown>): string[] {
  return Array.isArray(props.aliases) ? props.aliases.map(String) : [];
}

// Analysts' corrections: a confirmation, a rejection or corrected values of one fact, kept as a
// `Correction` node beside the fact's claims and ranked above them when the fact is derived; or a merge
// of two entities that are one (merge-entities.ts). Nothing is deleted: undoing sets `undoneAt` (and
// splits a merge), and the trail of who did what, when and why stays queryable.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../schema/errors.ts';
import type { CorrectionAction, CorrectionRecord, Properties } from '../../../schema/exchange.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../schema/graph-model.ts';
import { recomputeFacts } from '../load/recompute-facts.ts';
import type { CypherQuery } from '../queries/cypher-query.ts';
import { type Graph, type Tx, writeTx } from '../tx.ts';
import { type MergeSnapshot, mergeEntity, splitEntity } from './merge-entities.ts';

export interface CorrectionInput {
  readonly about: string;
  readonly action: CorrectionAction;
  readonly values?: Properties;
  readonly note: string;
  readonly analyst: string;
}

/** Records a correction and derives its fact again; fails when no fact or event has that id. */
export function addCorrection(graph: Graph, input: CorrectionInput): Promise<CorrectionRecord> {
  const record: CorrectionRecord = {
    id: `correction:${randomUUID()}`,
    about: input.about,
    action: input.action,
    values: input.values ?? {},
    note: input.note,
    analyst: input.analyst,
    createdAt: new Date().toISOString(),
    undoneAt: null,
    undoneBy: null,
  };
  return writeTx(
    graph,
    async (tx) => {
      if (record.action !== 'merge') {
        await writeRecords(tx, [record]);
        return record;
      }
      const into = record.values.into;
      if (typeof into !== 'string')
        throw new AppError('BAD_USER_INPUT', 'values.into: the id of the entity to keep');
      const snapshot = await mergeEntity(tx, record.about, into, record.id);
      const merged = { ...record, values: { into, snapshot: JSON.stringify(snapshot) } };
      await writeRecords(tx, [merged]);
      return merged;
    },
    `correcting ${input.about}`,
  );
}

/** Undoes a correction (it stays in the trail) and derives its fact again. */
export function undoCorrection(graph: Graph, id: string, analyst: string): Promise<CorrectionRecord> {
  return writeTx(
    graph,
    async (tx) => {
      const [row] = await tx.run<{ correction: StoredRow; undone: boolean }>({
        cypher: `MATCH (k:Correction {id: $id})
        WITH k, k.undoneAt IS NOT NULL AS undone
        SET k.undoneAt = coalesce(k.undoneAt, $now), k.undoneBy = coalesce(k.undoneBy, $analyst)
        RETURN properties(k) AS correction, undone`,
        params: { id, now: new Date().toISOString(), analyst },
      });
      if (!row) throw new AppError('NOT_FOUND', `no correction "${id}"`);
      const record = toCorrectionRecord(row.correction);
      if (row.undone) return record;
      if (record.action === 'merge') {
        const { into, snapshot } = record.values;
        await splitEntity(tx, record.about, String(into), id, JSON.parse(String(snapshot)) as MergeSnapshot);
      } else {
        await recomputeFacts(tx, [{ about: record.about, factType: row.correction.factType }]);
      }
      return record;
    },
    `undoing ${id}`,
  );
}

/** Corrections from a document (an import): written as they are, their facts derived again. */
export function writeCorrections(graph: Graph, records: readonly CorrectionRecord[]): Promise<void> {
  return writeTx(graph, (tx) => writeRecords(tx, records), 'writing corrections');
}

async function writeRecords(tx: Tx, records: readonly CorrectionRecord[]): Promise<void> {
  const types = await factTypes(
    tx,
    records.map((r) => r.about),
  );
  // A merge is already applied to the graph it comes with: its record is kept for the trail and the split.
  const rows = records.map((record) => {
    const factType = record.action === 'merge' ? 'merge' : types.get(record.about);
    if (!factType) throw new AppError('NOT_FOUND', `no relation or event "${record.about}" to correct`);
    const into = record.action === 'merge' ? String(record.values.into) : null;
    return { ...record, values: JSON.stringify(record.values), factType, into };
  });
  await tx.run({
    cypher: 'UNWIND $rows AS row MERGE (k:Correction {id: row.id}) SET k = row',
    params: { rows },
  });
  await recomputeFacts(
    tx,
    rows.filter((row) => row.action !== 'merge').map((row) => ({ about: row.about, factType: row.factType })),
  );
}

/** Each id's entity label or relationship type (relation ids start with their type). */
async function factTypes(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const byType = new Map<string, string[]>();
  for (const id of ids) {
    const type = RELATION_TYPES.find((t) => id.startsWith(`${t.toLowerCase()}:`));
    if (type) byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  for (const [type, relationIds] of byType) {
    const rows = await tx.run<{ id: string }>(relationsExistQuery(type, relationIds));
    for (const row of rows) found.set(row.id, type);
  }
  const entities = await tx.run<{ id: string; labels: string[] }>({
    cypher: 'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, labels(e) AS labels',
    params: { ids },
  });
  for (const row of entities) {
    const label = ENTITY_TYPES.find((t) => row.labels.includes(t));
    if (label) found.set(row.id, label);
  }
  return found;
}

function relationsExistQuery(type: string, ids: string[]): CypherQuery {
  // The type comes from RELATION_TYPES, never from input.
  return { cypher: `UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->() RETURN r.id AS id`, params: { ids } };
}

export interface StoredRow extends Omit<CorrectionRecord, 'values'> {
  values: string;
  factType: string;
  into?: string | null;
}

export function toCorrectionRecord(row: StoredRow): CorrectionRecord {
  return {
    id: row.id,
    about: row.about,
    action: row.action,
    values: JSON.parse(row.values),
    note: row.note,
    analyst: row.analyst,
    createdAt: row.createdAt,
    undoneAt: row.undoneAt ?? null,
    undoneBy: row.undoneBy ?? null,
  };
}

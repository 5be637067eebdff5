// After claims change (a load, a removal, a correction), the facts they are about are derived again
// under the fact's lock, from the support of all their claims (schema/derive-facts.ts) and their active
// corrections: the same set of claims always gives the same fact, and two loads touching one fact see
// each other's claims. A load that only adds articles adds their claims to the fact's stored support
// (fact-support.ts), without reading the other articles' claims, so its cost does not grow with the
// graph; anything else (a removal, a replaced article, a merge, a store without supports) builds the
// support again from every claim. The support is stored on the fact, beside what it derives.
import {
  addClaims,
  type ClaimValues,
  type DerivedFact,
  deriveFromSupport,
  emptySupport,
  type FactSupport,
  factExtras,
  supportOf,
} from '../../../schema/derive-facts.ts';
import type { Properties } from '../../../schema/exchange.ts';
import {
  DEFAULT_MODALITIES,
  isEntityType,
  isRelationType,
  type RelationType,
} from '../../../schema/graph-model.ts';
import type { CypherQuery } from '../queries/cypher-query.ts';
import { SUPPORT_KEY } from '../stored-keys.ts';
import { issued, type Tx } from '../tx.ts';
import {
  lockEventSupportsQuery,
  lockRelationSupportsQuery,
  parseSupportRow,
  supportJson,
} from './fact-support.ts';
import type { RelationRow } from './load-rows.ts';
import { readClaimValues, type StoredCorrection } from './stored-claims.ts';

/** A fact by what claims call it: its id and the relation type or entity label it has. */
export interface FactKey {
  readonly about: string;
  readonly factType: string;
}

/** A new relationship's endpoints: a load creates the relationships its claims are about. */
export type Endpoints = Pick<RelationRow, 'from' | 'to'>;

export interface RecomputeCounts {
  /** Relationships created from `endpoints`. */
  readonly relationsCreated: number;
  readonly relationsDeleted: number;
  /** Endpoints of deleted relations: they may now be orphans. */
  readonly touched: string[];
}

/**
 * Derives the facts again. `added`: for facts whose only change in this transaction is new articles'
 * claims, those claims (every claim of those articles about the fact); the others are read in full.
 * `endpoints`: the relationships to create when they are not stored yet.
 */
export async function recomputeFacts(
  tx: Tx,
  keys: readonly FactKey[],
  added: ReadonlyMap<string, readonly ClaimValues[]> = new Map(),
  endpoints: ReadonlyMap<string, Endpoints> = new Map(),
): Promise<RecomputeCounts> {
  const byType = new Map<string, string[]>();
  for (const key of keys) byType.set(key.factType, [...(byType.get(key.factType) ?? []), key.about]);
  const idsOf = (type: string) => [...new Set(byType.get(type)!)].sort();
  const types = [...byType.keys()].sort();
  // Entities first, then relationships, each in id order: every writer locks in the same order. Per
  // type, one statement locks the facts and reads their supports, one writes what they derive to. A
  // kind's locks are issued together (tx.ts, issued): Neo4j takes the next type's locks while Node
  // derives this one's values, and the writes follow the locks.
  const events = types.filter(isEntityType).map((type) => {
    const ids = idsOf(type);
    return { ids, found: issued(withSupports(tx, lockEventSupportsQuery(ids), added)) };
  });
  const writes: Promise<unknown>[] = [];
  for (const { ids, found: locked } of events) {
    const found = await locked;
    const rows = ids.map((id) => entityProps(id, found.get(id)!));
    const live = rows.filter((row) => row.props !== null);
    if (live.length > 0) writes.push(issued(tx.run(writeEntitiesQuery(live))));
    const dead = rows.filter((row) => row.props === null).map((row) => row.id);
    if (dead.length > 0) writes.push(issued(tx.run(dropSupportsQuery(dead))));
  }
  const relations = types.filter(isRelationType).map((type) => {
    const ids = idsOf(type);
    const ends = ids.map((id) => ({
      id,
      from: endpoints.get(id)?.from ?? null,
      to: endpoints.get(id)?.to ?? null,
    }));
    return { type, ids, found: issued(withSupports(tx, lockRelationSupportsQuery(type, ends), added)) };
  });
  let relationsCreated = 0;
  const deletions: Promise<{ deleted: number; ends: string[] }[]>[] = [];
  for (const { type, ids, found: locked } of relations) {
    const found = await locked;
    relationsCreated += [...found.values()].filter((f) => f.created).length;
    const live = ids.filter((id) => isSupported(found.get(id)!));
    const dead = ids.filter((id) => !isSupported(found.get(id)!));
    if (live.length > 0) {
      const rows = live.map((id) => relationProps(id, found.get(id)!));
      writes.push(issued(tx.run(writeRelationsQuery(type, rows))));
    }
    if (dead.length > 0) deletions.push(issued(tx.run(deleteRelationsQuery(type, dead))));
  }
  await Promise.all(writes);
  let relationsDeleted = 0;
  const touched: string[] = [];
  for (const deletion of deletions) {
    const [row] = await deletion;
    relationsDeleted += row?.deleted ?? 0;
    touched.push(...(row?.ends ?? []));
  }
  return { relationsCreated, relationsDeleted, touched };
}

interface Found {
  support: FactSupport;
  corrections: StoredCorrection[];
  /** Created by the statement that locked it. */
  created: boolean;
}

function isSupported(found: Found): boolean {
  return (found.support.counts.article ?? 0) > 0;
}

/**
 * Runs `lock` (it locks the facts and returns their stored supports) and returns each one's support once
 * the transaction's claims are in: the stored one plus the added articles' claims, or (none stored, or
 * claims changed otherwise) built from every claim the fact has.
 */
async function withSupports(
  tx: Tx,
  lock: CypherQuery,
  added: ReadonlyMap<string, readonly ClaimValues[]>,
): Promise<Map<string, Found>> {
  const rows = await tx.run<Parameters<typeof parseSupportRow>[0] & { id: string; created?: boolean }>(lock);
  const found = new Map<string, Found>();
  const rebuild: string[] = [];
  for (const row of rows) {
    const { support, corrections } = parseSupportRow(row);
    const claims = added.get(row.id);
    const created = row.created === true;
    // A relationship stands while it has claims (it goes with its last), so one created now has only
    // this transaction's: its support is theirs, with nothing to read.
    const base = support ?? (created ? emptySupport() : null);
    if (base && claims) {
      addClaims(base, claims);
      found.set(row.id, { support: base, corrections, created });
    } else {
      found.set(row.id, { support: supportOf([]), corrections, created });
      rebuild.push(row.id);
    }
  }
  if (rebuild.length > 0) {
    const claims = await readClaimValues(tx, rebuild);
    for (const id of rebuild) found.get(id)!.support = supportOf(claims.get(id)?.claims ?? []);
  }
  return found;
}

function derive(found: Found): DerivedFact {
  return deriveFromSupport(found.support, found.corrections);
}

/** A relationship's stored properties: its derived date, values and extras; no claim, no relationship. */
export function relationProps(id: string, found: Found): { id: string; props: Properties } {
  const fact = derive(found);
  return {
    id,
    props: {
      ...fact.properties,
      ...factExtras(fact),
      id,
      date: fact.date,
      datePrecision: fact.datePrecision,
      confidence: fact.confidence,
      sourceCount: fact.sourceCount,
      // Out of the default view (fact-view.ts): read with one property, kept for those who ask.
      hidden: isHidden(fact) ? true : null,
      [SUPPORT_KEY]: supportJson(found.support),
    },
  };
}

function isHidden(fact: DerivedFact): boolean {
  return !DEFAULT_MODALITIES.includes(fact.modality) || fact.review === 'rejected';
}

/** An event's derived properties (name apart); an entity without claims keeps what it has. */
function entityProps(
  id: string,
  found: Found,
): { id: string; props: Properties | null; name: string | null } {
  if (!isSupported(found)) return { id, props: null, name: null };
  const fact = derive(found);
  const { name, ...properties } = fact.properties;
  return {
    id,
    name: typeof name === 'string' ? name : null,
    props: {
      date: fact.date,
      ...properties,
      ...factExtras(fact),
      sourceCount: fact.sourceCount,
      validUntil: validUntil(fact),
      hidden: isHidden(fact) ? true : null,
      [SUPPORT_KEY]: supportJson(found.support),
    },
  };
}

function writeRelationsQuery(type: RelationType, rows: { id: string; props: Properties }[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row MATCH ()-[r:${type} {id: row.id}]->() SET r = row.props`,
    params: { rows },
  };
}

/** An entity left without claims keeps what it has, but no support: none of its claims is left. */
function dropSupportsQuery(ids: string[]): CypherQuery {
  return { cypher: `UNWIND $ids AS id MATCH (e:Entity {id: id}) REMOVE e.${SUPPORT_KEY}`, params: { ids } };
}

/**
 * An event's derived properties (its support with them) replace the previous ones (a removed claim's
 * count goes with it); its identity, name and search fields stay.
 */
function writeEntitiesQuery(
  rows: { id: string; props: Properties | null; name: string | null }[],
): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
      MATCH (e:Entity {id: row.id})
      WITH e, row, coalesce(row.name, e.name) AS name, coalesce(e.aliases, []) AS aliases
      SET e = row.props, e.id = row.id, e.name = name, e.aliases = aliases,
        e.searchText = reduce(s = name, a IN aliases | s + ' | ' + a)`,
    params: { rows },
  };
}

function deleteRelationsQuery(type: RelationType, ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
      MATCH (x:Entity)-[r:${type} {id: id}]->(y:Entity)
      DELETE r
      RETURN count(*) AS deleted, collect(DISTINCT x.id) + collect(DISTINCT y.id) AS ends`,
    params: { ids },
  };
}

/**
 * An agreement "jusqu'en 2034" holds until then; one "for ten years" until the same day ten years after
 * it was signed (or first reported).
 */
function validUntil(fact: DerivedFact): string | null {
  if (typeof fact.properties.until === 'string') return fact.properties.until;
  const years = fact.properties.durationYears;
  const from = typeof fact.properties.signedOn === 'string' ? fact.properties.signedOn : fact.date;
  if (typeof years !== 'number' || !from) return null;
  return `${Number(from.slice(0, 4)) + years}${from.slice(4)}`;
}

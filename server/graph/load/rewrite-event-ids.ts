// Pure half of cross-run event resolution: which stored event each new event may be (the questions to
// ask the graph), and the rewrite of an article's slice onto the stored ids once the graph has answered.
import {
  type AgreementIdentity,
  type AttackIdentity,
  attackDays,
  UNSTATED_KIND,
} from '../../../schema/event-identity.ts';
import type { EntityRecord } from '../../../schema/exchange.ts';
import type { ArticleSlice, RelationShape } from './split-by-article.ts';

export interface AttackQuestion extends AttackIdentity {
  id: string;
  /** The days the same attack may be stored under (ISO), so the graph compares strings only. */
  dates: string[];
}

export interface AgreementQuestion extends AgreementIdentity {
  id: string;
}

/** A stored event that a new one is: its id and name replace the new ones. */
export interface StoredEvent {
  readonly id: string;
  readonly name: string;
}

/** Questions for every dated attack with a known attacker and every agreement with parties, across slices. */
export function eventQuestions(slices: readonly ArticleSlice[]): {
  attacks: AttackQuestion[];
  agreements: AgreementQuestion[];
} {
  const around = eventEnds(slices.flatMap((slice) => slice.relations));
  const entities = new Map(slices.flatMap((slice) => slice.entities).map((e) => [e.id, e]));
  const attacks: AttackQuestion[] = [];
  const agreements: AgreementQuestion[] = [];
  for (const entity of entities.values()) {
    if (entity.type === 'Attack') pushDefined(attacks, attackQuestion(entity, around));
    if (entity.type === 'Agreement') pushDefined(agreements, agreementQuestion(entity, around));
  }
  return { attacks, agreements };
}

/** What an event's identity hangs on, by event id, in the relations' order. */
interface EventEnds {
  attackers: Map<string, string[]>;
  targets: Map<string, string[]>;
  parties: Map<string, string[]>;
}

/**
 * The relations indexed once by the event they name: a batch holds thousands of events and of relations,
 * and scanning every relation for each event made the questions the costliest part of a load in Node.
 */
function eventEnds(relations: readonly RelationShape[]): EventEnds {
  const ends: EventEnds = { attackers: new Map(), targets: new Map(), parties: new Map() };
  const add = (map: Map<string, string[]>, event: string, other: string) => {
    const list = map.get(event);
    if (list) list.push(other);
    else map.set(event, [other]);
  };
  for (const r of relations) {
    if (r.type === 'LAUNCHED') add(ends.attackers, r.to, r.from);
    else if (r.type === 'TARGETED') add(ends.targets, r.from, r.to);
    else if (r.type === 'PARTY_TO') add(ends.parties, r.to, r.from);
  }
  return ends;
}

function attackQuestion(entity: EntityRecord, around: EventEnds): AttackQuestion | undefined {
  const date = entity.properties.date;
  const attacker = around.attackers.get(entity.id)?.[0];
  if (typeof date !== 'string' || date.length !== 10 || Number.isNaN(Date.parse(date)) || !attacker) {
    return undefined;
  }
  return {
    id: entity.id,
    attacker,
    weapon: String(entity.properties.weapon),
    date,
    dates: attackDays(date),
    targets: unique(around.targets.get(entity.id) ?? []),
  };
}

function agreementQuestion(entity: EntityRecord, around: EventEnds): AgreementQuestion | undefined {
  const date = entity.properties.date ?? entity.properties.signedOn;
  const year = typeof date === 'string' ? date.slice(0, 4) : /-(\d{4})$/.exec(entity.id)?.[1];
  const parties = unique(around.parties.get(entity.id) ?? []);
  if (!year || parties.length === 0) return undefined;
  return {
    id: entity.id,
    kind: String(entity.properties.kind ?? UNSTATED_KIND),
    year,
    parties: parties.sort(),
  };
}

/**
 * The slice with every resolved event id replaced by the stored one. A renamed event keeps the stored
 * name and brings no properties, so it adds its sources without overwriting what is stored.
 */
export function rewriteEventIds(slice: ArticleSlice, stored: ReadonlyMap<string, StoredEvent>): ArticleSlice {
  if (stored.size === 0) return slice;
  const to = (id: string) => stored.get(id)?.id ?? id;
  const entities = slice.entities.map((entity) => {
    const found = stored.get(entity.id);
    return found ? { ...entity, id: found.id, name: found.name, properties: {} } : entity;
  });
  const renamed = new Map<string, string>();
  const relations = slice.relations.map((relation) => {
    if (!stored.has(relation.from) && !stored.has(relation.to)) return relation;
    const id = relationIdFor(relation, to);
    renamed.set(relation.id, id);
    return { ...relation, id, from: to(relation.from), to: to(relation.to) };
  });
  const mentions = slice.mentions.map((mention) => ({ ...mention, entityId: to(mention.entityId) }));
  const claims = slice.claims.map((claim) => ({
    ...claim,
    about: renamed.get(claim.about) ?? to(claim.about),
  }));
  return { ...slice, entities: dedupe(entities), relations: dedupeById(relations), claims, mentions };
}

/** Relation ids are "<type>:<from>><to>" plus an optional "#…": the endpoints part is rewritten. */
function relationIdFor(relation: RelationShape, to: (id: string) => string): string {
  const prefix = `${relation.type.toLowerCase()}:${relation.from}>${relation.to}`;
  const rest = relation.id.startsWith(prefix) ? relation.id.slice(prefix.length) : `#${relation.id}`;
  return `${relation.type.toLowerCase()}:${to(relation.from)}>${to(relation.to)}${rest}`;
}

function dedupeById<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

function dedupe(entities: EntityRecord[]): EntityRecord[] {
  const byId = new Map<string, EntityRecord>();
  for (const entity of entities) if (!byId.has(entity.id)) byId.set(entity.id, entity);
  return [...byId.values()];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function pushDefined<T>(list: T[], value: T | undefined): void {
  if (value !== undefined) list.push(value);
}

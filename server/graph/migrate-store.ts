// Data migrations between store versions, kept in the graph as (:StoreVersion {id: 'newsgraph'}).
// Version 1 kept each fact's sources as parallel lists on the relationship; version 2 keeps one Claim
// node per source. The migration turns every listed source into a claim carrying the fact's date and
// values, gives every event one claim per article that related it, and derives the facts again: every
// fact, date, value and source survives. Articles lose their v1 content hash, so the next ingest of a
// file re-extracts it with per-article dates and values. Version 3 keeps each fact's support on the fact
// (migrate-supports.ts).
import { RELATION_TYPES } from '../../schema/graph-model.ts';
import { type ClaimRow, claimId } from './load/load-rows.ts';
import { recomputeFacts } from './load/recompute-facts.ts';
import { moveSupportsOntoFacts } from './migrate-supports.ts';
import { type Graph, readQuery, type Tx, writeTx } from './tx.ts';

export const STORE_VERSION = 3;
const BATCH = 2_000;
const V1_SOURCE_LISTS = ['sourceArticleIds', 'sourceQuotes', 'sourceStarts', 'sourceEnds'];
const V1_RESERVED = new Set(['id', 'date', 'datePrecision', 'confidence', 'sourceCount', ...V1_SOURCE_LISTS]);
const EVENT_RESERVED = new Set(['id', 'name', 'aliases', 'searchText', 'date']);

/** The recorded version; without a record, 1 when version 1's marks are found (else a new store). */
export async function storeVersion(graph: Graph): Promise<number> {
  const [row] = await readQuery<{ version: number | null; v1: boolean }>(graph, {
    cypher: `OPTIONAL MATCH (v:StoreVersion {id: 'newsgraph'})
      RETURN v.version AS version,
        EXISTS { MATCH (a:Article) WHERE a.contentHash IS NOT NULL OR a.factKeys IS NOT NULL } AS v1`,
    params: {},
  });
  if (row?.version) return row.version;
  return row?.v1 ? 1 : STORE_VERSION;
}

export interface StoreMigration {
  readonly from: number;
  readonly to: number;
  /** Claims made from v1 source lists (relations) and from v1 events' values. */
  readonly claims: number;
  /** Fact supports moved from v2's nodes of their own onto their facts. */
  readonly supportsMoved: number;
  readonly ms: number;
}

/** Brings a store of an earlier version to STORE_VERSION (null: it was current already). */
export async function migrateStore(graph: Graph): Promise<StoreMigration | null> {
  const version = await storeVersion(graph);
  let report: StoreMigration | null = null;
  if (version < STORE_VERSION) {
    const started = Date.now();
    let claims = 0;
    if (version < 2) {
      claims = (await migrateRelations(graph)) + (await migrateEvents(graph));
      await writeTx(graph, (tx) => tx.run(dropV1ArticleFields), 'migrating articles');
    }
    const supportsMoved = await moveSupportsOntoFacts(graph);
    report = { from: version, to: STORE_VERSION, claims, supportsMoved, ms: Date.now() - started };
  }
  await writeTx(
    graph,
    (tx) =>
      tx.run({
        cypher: `MERGE (v:StoreVersion {id: 'newsgraph'}) SET v.version = $version`,
        params: { version: STORE_VERSION },
      }),
    'recording the store version',
  );
  return report;
}

interface V1Relation {
  id: string;
  props: Record<string, unknown>;
}

/** Each relationship's listed sources → claims; the lists go; the fact is derived from its claims. */
async function migrateRelations(graph: Graph): Promise<number> {
  let total = 0;
  for (const type of RELATION_TYPES) {
    for (;;) {
      const done = await writeTx(
        graph,
        async (tx) => {
          const rows = await tx.run<V1Relation>({
            cypher: `MATCH ()-[r:${type}]->() WHERE r.sourceArticleIds IS NOT NULL
              WITH r LIMIT toInteger($batch) RETURN r.id AS id, properties(r) AS props`,
            params: { batch: BATCH },
          });
          if (rows.length === 0) return 0;
          const claims = await claimsOfV1(tx, type, rows);
          await tx.run({
            cypher:
              'UNWIND $rows AS row MERGE (c:Claim {id: row.id}) SET c = row, c.start = toInteger(row.start), c.end = toInteger(row.end)',
            params: { rows: claims },
          });
          await tx.run({
            cypher: `UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->()
              REMOVE r.sourceArticleIds, r.sourceQuotes, r.sourceStarts, r.sourceEnds`,
            params: { ids: rows.map((r) => r.id) },
          });
          await recomputeFacts(
            tx,
            rows.map((r) => ({ about: r.id, factType: type })),
          );
          return claims.length;
        },
        `migrating ${type} facts`,
      );
      total += done;
      if (done === 0) break;
    }
  }
  return total;
}

async function claimsOfV1(tx: Tx, type: string, rows: V1Relation[]): Promise<ClaimRow[]> {
  const articleIds = [...new Set(rows.flatMap((r) => list(r.props.sourceArticleIds).map(String)))];
  const published = await publicationDates(tx, articleIds);
  return rows.flatMap((row) => {
    const p = row.props;
    const values = Object.fromEntries(Object.entries(p).filter(([key]) => !V1_RESERVED.has(key)));
    const quotes = list(p.sourceQuotes);
    const starts = list(p.sourceStarts);
    const ends = list(p.sourceEnds);
    return list(p.sourceArticleIds).map((articleId, i) => {
      const source = {
        articleId: String(articleId),
        about: row.id,
        start: Number(starts[i]),
        end: Number(ends[i]),
      };
      return {
        id: claimId(source),
        ...source,
        factType: type,
        quote: String(quotes[i] ?? ''),
        date: typeof p.date === 'string' ? p.date : null,
        datePrecision: typeof p.datePrecision === 'string' ? p.datePrecision : 'none',
        values: JSON.stringify(values),
        modality: values.attribution === 'claimed' ? 'claimed' : 'asserted',
        saidBy: null,
        confidence: typeof p.confidence === 'number' ? p.confidence : 0,
        extractor: 'newsgraph/1',
        rule: null,
        knownAt: published.get(source.articleId) ?? null,
        dispatch: null,
      };
    });
  });
}

interface V1Event {
  id: string;
  claimed: boolean;
  type: string;
  props: Record<string, unknown>;
  sources: {
    about: string;
    articleId: string;
    quote: string;
    start: number;
    end: number;
    datePrecision: string;
  }[];
}

/** Each event gets one claim per article that relates it, with the values v1 stored on it. */
async function migrateEvents(graph: Graph): Promise<number> {
  let after = '';
  let total = 0;
  for (;;) {
    const rows = await readQuery<V1Event>(graph, {
      cypher: `MATCH (e:Entity) WHERE (e:Attack OR e:Agreement) AND e.id > $after
        WITH e ORDER BY e.id LIMIT toInteger($batch)
        RETURN e.id AS id, CASE WHEN e:Attack THEN 'Attack' ELSE 'Agreement' END AS type, properties(e) AS props,
          EXISTS { MATCH (c:Claim {about: e.id}) } AS claimed,
          COLLECT { MATCH (e)-[r]-(:Entity) MATCH (c:Claim {about: r.id})
            RETURN c {.about, .articleId, .quote, .start, .end, .datePrecision} ORDER BY c.articleId, c.start } AS sources`,
      params: { after, batch: BATCH },
    });
    if (rows.length === 0) return total;
    after = rows[rows.length - 1]!.id;
    const unclaimed = rows.filter((row) => !row.claimed);
    if (unclaimed.length > 0)
      total += await writeTx(graph, (tx) => writeEventClaims(tx, unclaimed), 'migrating events');
  }
}

async function writeEventClaims(tx: Tx, events: V1Event[]): Promise<number> {
  const published = await publicationDates(tx, [
    ...new Set(events.flatMap((e) => e.sources.map((s) => s.articleId))),
  ]);
  const claims: ClaimRow[] = [];
  for (const event of events) {
    const values = Object.fromEntries(
      Object.entries(event.props).filter(([key]) => !EVENT_RESERVED.has(key)),
    );
    const date = typeof event.props.date === 'string' ? event.props.date : null;
    const firstOf = new Map<string, V1Event['sources'][number]>();
    for (const source of event.sources)
      if (!firstOf.has(source.articleId)) firstOf.set(source.articleId, source);
    for (const source of firstOf.values()) {
      const claim = { articleId: source.articleId, about: event.id, start: source.start, end: source.end };
      claims.push({
        id: claimId(claim),
        ...claim,
        factType: event.type,
        quote: source.quote,
        date,
        datePrecision: date ? source.datePrecision : 'none',
        values: JSON.stringify({ ...values, name: event.props.name }),
        modality: values.attribution === 'claimed' ? 'claimed' : 'asserted',
        saidBy: typeof values.reportedBy === 'string' ? values.reportedBy : null,
        confidence: 0.7,
        extractor: 'newsgraph/1',
        rule: null,
        knownAt: published.get(source.articleId) ?? null,
        dispatch: null,
      });
    }
  }
  if (claims.length === 0) return 0;
  await tx.run({
    cypher:
      'UNWIND $rows AS row MERGE (c:Claim {id: row.id}) SET c = row, c.start = toInteger(row.start), c.end = toInteger(row.end)',
    params: { rows: claims },
  });
  const related = events.filter((e) => e.sources.length > 0);
  await recomputeFacts(
    tx,
    related.map((e) => ({ about: e.id, factType: e.type })),
  );
  return claims.length;
}

const dropV1ArticleFields = {
  cypher: `MATCH (a:Article) WHERE a.contentHash IS NOT NULL OR a.factKeys IS NOT NULL
    REMOVE a.contentHash, a.factKeys`,
  params: {},
};

async function publicationDates(tx: Tx, ids: string[]): Promise<Map<string, string | null>> {
  const rows = await tx.run<{ id: string; publishedAt: string | null }>({
    cypher: 'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.publishedAt AS publishedAt',
    params: { ids },
  });
  return new Map(rows.map((row) => [row.id, row.publishedAt]));
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

import type { Driver } from 'neo4j-driver';
import type { CypherQuery } from './cypher-query.ts';
import { withIntegers } from './run-read.ts';

export interface QueryProfile {
  /** Database hits summed over the plan. */
  dbHits: number;
  rows: number;
  /** Operators by db hits, largest first: where a query spends its reads. */
  top: { operator: string; dbHits: number; rows: number; details: string }[];
}

interface Plan {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: Plan[];
}

/** Runs `PROFILE` of a read query (benchmarks and diagnosis only: it executes the query). */
export async function profileQuery(
  driver: Driver,
  database: string,
  query: CypherQuery,
): Promise<QueryProfile> {
  const result = await driver.executeQuery(`PROFILE ${query.cypher}`, withIntegers(query.params), {
    database,
    routing: 'READ',
  });
  const operators: Plan[] = [];
  const walk = (plan: Plan) => {
    operators.push(plan);
    for (const child of plan.children) walk(child);
  };
  const root = result.summary.profile as unknown as Plan | false;
  if (root) walk(root);
  const top = operators
    .map((p) => ({
      operator: p.operatorType.replace(/@.*$/, ''),
      dbHits: p.dbHits,
      rows: p.rows,
      details: String(p.arguments.Details ?? '').slice(0, 100),
    }))
    .sort((a, b) => b.dbHits - a.dbHits)
    .slice(0, 5);
  return { dbHits: operators.reduce((sum, p) => sum + p.dbHits, 0), rows: result.records.length, top };
}

/** A parameterised Cypher statement: every value goes through params, never into the string. */
export interface CypherQuery {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

import neo4j from 'neo4j-driver';

// Driver values (Integer, Node, Relationship, temporal types) never leave server/graph: everything is
// turned into plain JSON-able data here.
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (isTemporal(value)) return String(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('labels' in v && 'properties' in v && 'elementId' in v) return toPlain(v.properties);
    if ('type' in v && 'properties' in v && 'startNodeElementId' in v) return toPlain(v.properties);
    return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, toPlain(item)]));
  }
  return value;
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isDuration(value as never)
  );
}

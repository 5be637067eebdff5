import neo4j from 'neo4j-driver';

// Driver values (Integer, Node, Relationship, temporal types) never leave server/graph: everything is
// turned into plain JSON-able data here. Every value of every read passes through it, so strings,
// numbers and booleans (most values) return before any of the driver's type checks, and maps are
// copied without intermediate arrays.
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isTemporal(value)) return String(value);
  const v = value as Record<string, unknown>;
  if ('labels' in v && 'properties' in v && 'elementId' in v) return toPlain(v.properties);
  if ('type' in v && 'properties' in v && 'startNodeElementId' in v) return toPlain(v.properties);
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(v)) plain[key] = toPlain(v[key]);
  return plain;
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isDuration(value as never)
  );
}

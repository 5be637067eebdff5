/**
 * Cypher condition: the ISO-prefix date `expr` overlaps [$from, $to], compared at the coarser of the two
 * precisions ("2024" overlaps from "2024-06"; "2024-06-13" is within to "2024-06"). Undated values are
 * kept only when no bound is given. `expr` is a code constant such as `r.date`.
 */
export function dateRangeCondition(expr: string, from = '$from', to = '$to'): string {
  const lower = `(${from} IS NULL OR (${expr} IS NOT NULL AND left(${expr}, size(${from})) >= left(${from}, size(${expr}))))`;
  const upper = `(${to} IS NULL OR (${expr} IS NOT NULL AND left(${expr}, size(${to})) <= left(${to}, size(${expr}))))`;
  return `${lower} AND ${upper}`;
}

export interface DateBounds {
  from?: string | null;
  to?: string | null;
}

/**
 * Cypher condition: the ISO-prefix date `expr` overlaps [$from, $to], compared at the coarser of the two
 * precisions ("2024" overlaps from "2024-06"; "2024-06-13" is within to "2024-06"). Only the bounds given
 * appear in the text: `$from IS NULL OR …` made Neo4j markedly slower. `expr` is a code constant such as
 * `r.date`; undated values fail any bound.
 */
export function dateRangeCondition(expr: string, bounds: DateBounds, from = '$from', to = '$to'): string {
  const parts: string[] = [];
  if (bounds.from != null) parts.push(`left(${expr}, size(${from})) >= left(${from}, size(${expr}))`);
  if (bounds.to != null) parts.push(`left(${expr}, size(${to})) <= left(${to}, size(${expr}))`);
  return parts.length ? `(${expr} IS NOT NULL AND ${parts.join(' AND ')})` : 'true';
}

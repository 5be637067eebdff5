/** Groups spans by their sentence once, so per-sentence look-ups stay linear on long articles. */
export function bySentence<T extends { sentence: number }>(spans: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const span of spans) {
    const group = groups.get(span.sentence);
    if (group) group.push(span);
    else groups.set(span.sentence, [span]);
  }
  return groups;
}

import type { Score } from './score-graph.ts';
import type { Tally } from './tally.ts';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (label: string, t: Tally) =>
  `  ${label.padEnd(20)} P ${pct(t.precision)}  R ${pct(t.recall)}  F1 ${pct(t.f1)}   (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;

/** The score as a table, the misses and extras when verbose, and one closing summary line. */
export function formatScore(score: Score, verbose = false): string {
  const lines = ['entities', ...Object.entries(score.entities).map(([k, t]) => row(k, t))];
  lines.push('relations', ...Object.entries(score.relations).map(([k, t]) => row(k, t)));
  lines.push(
    'mentions',
    row('all', score.mentions),
    `dates: ${score.dates.right}/${score.dates.asked} right`,
  );
  if (verbose) {
    lines.push('', 'missed:', ...score.misses.map((m) => `  - ${m}`));
    lines.push('', 'not in the answer key:', ...score.extras.map((x) => `  + ${x}`));
  }
  const f = (x: number) => (100 * x).toFixed(1);
  lines.push(
    `score: entities F1 ${f(score.entities.all!.f1)} · relations F1 ${f(score.relations.all!.f1)} · ` +
      `dates ${f(score.dates.accuracy)} · mentions F1 ${f(score.mentions.f1)}`,
  );
  return `${lines.join('\n')}\n`;
}

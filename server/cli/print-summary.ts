import type { LoadSummary } from '../graph/load/index.ts';
import type { Problem } from '../ingest/index.ts';

export interface CommandSummary {
  readonly articlesRead?: number;
  readonly readFailures?: Problem[];
  /** What was read with a caveat: another encoding, another language, no date. */
  readonly readWarnings?: Problem[];
  readonly load: LoadSummary;
  readonly seconds: number;
}

/** The end-of-run summary: JSON on stdout with --json, readable lines otherwise; failures set exit code 1. */
export function printSummary(summary: CommandSummary, json: boolean): void {
  const { load } = summary;
  const readFailures = summary.readFailures ?? [];
  if (readFailures.length > 0 || load.articlesFailed.length > 0) process.exitCode = 1;
  if (json) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const rate = (load.articlesLoaded / Math.max(summary.seconds, 0.001)).toFixed(1);
  const lines = [
    `articles: ${summary.articlesRead ?? load.articlesLoaded + load.articlesUnchanged} read, ${load.articlesLoaded} loaded` +
      ` (${load.articlesReplaced} replaced), ${load.articlesUnchanged} unchanged, ` +
      `${readFailures.length + load.articlesFailed.length} failed — ${summary.seconds.toFixed(1)}s, ${rate} articles/s`,
    `entities: ${load.entitiesCreated} created, ${load.entitiesUpdated} updated`,
    `relations: ${load.relationsCreated} created, ${load.relationsUpdated} updated; claims: ${load.claims}; mentions: ${load.mentions}`,
    ...readFailures.map((f) => `  failed ${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}`),
    ...(summary.readWarnings ?? []).map((w) => `  warning ${w.file}: ${w.message}`),
    ...load.articlesFailed.map((f) => `  failed article ${f.articleId}: ${f.error}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

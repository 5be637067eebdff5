import type { Command } from 'commander';
import { runAction } from '../run-action.ts';

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description(
      'extract articles (files or folders: .txt, .md, .html, .json, .jsonl) and load them into Neo4j',
    )
    .argument('<paths...>', 'article files or folders')
    .option('--json', 'print the summary as JSON')
    .option('--gazetteer <dir>', 'gazetteer folder (default: seeds/gazetteer)')
    .action(
      runAction(async (paths: string[], options: { json?: boolean; gazetteer?: string }) => {
        const began = Date.now();
        // Loaded on use, so other commands (and --help) do not pay for extraction's and the driver's imports.
        const { createExtractor } = await import('../../ingest/index.ts');
        const { ingestPaths } = await import('../ingest-paths.ts');
        const { printSummary } = await import('../print-summary.ts');
        const { createProgress } = await import('../progress.ts');
        const { withGraph } = await import('../with-graph.ts');
        const { withParser } = await import('../with-parser.ts');
        const summary = await withParser((parser) =>
          withGraph(async (graph) => {
            const extractor = createExtractor({
              parser,
              ...(options.gazetteer ? { gazetteerDir: options.gazetteer } : {}),
            });
            const reading = createProgress('extract');
            let loading: ReturnType<typeof createProgress> | undefined;
            const result = await ingestPaths(
              graph,
              paths,
              {
                onExtracted: (count) => reading.update(count),
                onLoaded: (done, total) => {
                  if (!loading) reading.stop();
                  loading ??= createProgress('load');
                  loading.update(done, total);
                },
              },
              extractor,
            );
            reading.stop();
            loading?.stop();
            return result;
          }),
        );
        printSummary({ ...summary, seconds: (Date.now() - began) / 1000 }, options.json ?? false);
      }),
    );
}

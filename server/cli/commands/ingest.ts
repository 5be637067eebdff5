import type { Command } from 'commander';
import { createExtractor } from '../../ingest/index.ts';
import { ingestPaths } from '../ingest-paths.ts';
import { printSummary } from '../print-summary.ts';
import { createProgress } from '../progress.ts';
import { runAction } from '../run-action.ts';
import { withGraph } from '../with-graph.ts';
import { withParser } from '../with-parser.ts';

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

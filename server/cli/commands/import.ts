import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../../schema/errors.ts';
import { runAction } from '../run-action.ts';

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('validate a newsgraph/1 document and load it into Neo4j')
    .argument('<file>', 'a newsgraph/1 JSON file')
    .option('--json', 'print the summary as JSON')
    .action(
      runAction(async (file: string, options: { json?: boolean }) => {
        const began = Date.now();
        // Loaded on use, so other commands (and --help) do not pay for the driver's and zod's imports.
        const { validateGraphDocument } = await import('../../../schema/exchange.ts');
        const { loadDocument } = await import('../../graph/load/index.ts');
        const { printSummary } = await import('../print-summary.ts');
        const { createProgress } = await import('../progress.ts');
        const { withGraph } = await import('../with-graph.ts');
        const doc = validateGraphDocument(await readJson(file), file);
        const load = await withGraph(async (graph) => {
          const progress = createProgress('import');
          const summary = await loadDocument(graph, doc, {
            onProgress: (done, total) => progress.update(done, total),
          });
          progress.stop();
          return summary;
        });
        printSummary({ load, seconds: (Date.now() - began) / 1000 }, options.json ?? false);
      }),
    );
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new AppError('BAD_USER_INPUT', `${file}: cannot read (${(error as NodeJS.ErrnoException).code})`, {
      cause: error,
    });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('INVALID_DOCUMENT', `${file}: not JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
}

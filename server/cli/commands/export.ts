import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { runAction } from '../run-action.ts';

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write the stored graph as a newsgraph/1 document')
    .option('-o, --out <file>', 'where to write it (default: stdout)')
    .action(
      runAction(async (options: { out?: string }) => {
        // Loaded on use, so other commands (and --help) do not pay for the driver's imports.
        const { exportGraph } = await import('../../graph/export-graph.ts');
        const { withGraph } = await import('../with-graph.ts');
        const doc = await withGraph((graph) => exportGraph(graph));
        const json = `${JSON.stringify(doc, null, 2)}\n`;
        if (options.out) await writeFile(options.out, json);
        else process.stdout.write(json);
        process.stderr.write(
          `exported ${doc.articles.length} articles, ${doc.entities.length} entities, ${doc.relations.length} relations, ` +
            `${doc.mentions.length} mentions${options.out ? ` → ${options.out}` : ''}\n`,
        );
      }),
    );
}

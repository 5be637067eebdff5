import type { Command } from 'commander';
import { runAction } from '../run-action.ts';

export function registerRemoveCommand(program: Command): void {
  program
    .command('remove')
    .description('remove articles and the facts, mentions and entities only they supported')
    .argument('<articleIds...>', 'ids of stored articles')
    .option('--json', 'print the result as JSON')
    .action(
      runAction(async (ids: string[], options: { json?: boolean }) => {
        // Loaded on use, so other commands (and --help) do not pay for the driver's imports.
        const { removeArticles } = await import('../../graph/load/index.ts');
        const { withGraph } = await import('../with-graph.ts');
        const removed = await withGraph((graph) => removeArticles(graph, ids));
        const missing = ids.filter((id) => !removed.articles.includes(id));
        if (options.json) process.stdout.write(`${JSON.stringify({ ...removed, missing })}\n`);
        else {
          process.stdout.write(
            `removed ${removed.articles.length} article(s): ${removed.relationsDeleted} relations deleted, ` +
              `${removed.relationsTrimmed} kept with their other sources, ${removed.entitiesDeleted} entities deleted\n`,
          );
          if (missing.length > 0) process.stdout.write(`not stored: ${missing.join(', ')}\n`);
        }
      }),
    );
}

import type { Command } from 'commander';
import { removeArticles } from '../../graph/load/index.ts';
import { runAction } from '../run-action.ts';
import { withGraph } from '../with-graph.ts';

export function registerRemoveCommand(program: Command): void {
  program
    .command('remove')
    .description('remove articles and the facts, mentions and entities only they supported')
    .argument('<articleIds...>', 'ids of stored articles')
    .option('--json', 'print the result as JSON')
    .action(
      runAction(async (ids: string[], options: { json?: boolean }) => {
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

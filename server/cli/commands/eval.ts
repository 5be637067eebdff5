import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../../schema/errors.ts';
import { runAction } from '../run-action.ts';
import { reportFailures } from './extract.ts';

export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('extract articles and score the result against an answer key (newsgraph-gold/1)')
    .requiredOption('--gold <file>', 'the answer key')
    .argument('<paths...>', 'article files or folders')
    .option('--verbose', 'list what was missed and what is not in the key')
    .option('--json', 'print the score as JSON')
    .option('--gazetteer <dir>', 'gazetteer folder (default: seeds/gazetteer)')
    .action(
      runAction(
        async (
          paths: string[],
          options: { gold: string; verbose?: boolean; json?: boolean; gazetteer?: string },
        ) => {
          // Loaded on use, so other commands (and --help) do not pay for extraction's imports.
          const { createExtractor, extractPaths, formatScore, parseGoldKey, scoreGraph } = await import(
            '../../ingest/index.ts'
          );
          const { withParser } = await import('../with-parser.ts');
          const gold = parseGoldKey(await readJson(options.gold), options.gold);
          const result = await withParser((parser) =>
            extractPaths(
              paths,
              createExtractor({ parser, ...(options.gazetteer ? { gazetteerDir: options.gazetteer } : {}) }),
            ),
          );
          const score = scoreGraph(result.document, gold);
          process.stdout.write(
            options.json ? `${JSON.stringify(score, null, 2)}\n` : formatScore(score, options.verbose),
          );
          reportFailures(result.failures);
        },
      ),
    );
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (cause) {
    throw new AppError('BAD_USER_INPUT', `cannot read answer key ${file}: ${(cause as Error).message}`, {
      cause,
    });
  }
}

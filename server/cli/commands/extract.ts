import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Problem } from '../../ingest/index.ts';
import { runAction } from '../run-action.ts';

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description(
      'extract a newsgraph/1 document from article files or folders (.txt, .md, .html, .json, .jsonl)',
    )
    .argument('<paths...>', 'article files or folders')
    .option('-o, --out <file>', 'where to write the document (default: stdout)')
    .option('--gazetteer <dir>', 'gazetteer folder (default: seeds/gazetteer)')
    .action(
      runAction(async (paths: string[], options: { out?: string; gazetteer?: string }) => {
        // Loaded on use, so other commands (and --help) do not pay for extraction's imports.
        const { createExtractor, extractPaths } = await import('../../ingest/index.ts');
        const { createLogger } = await import('../../logger.ts');
        const { withParser } = await import('../with-parser.ts');
        const log = createLogger();
        const result = await withParser((parser) =>
          extractPaths(
            paths,
            createExtractor({ parser, ...(options.gazetteer ? { gazetteerDir: options.gazetteer } : {}) }),
          ),
        );
        for (const w of result.warnings) log.warn({ file: w.file }, w.message);
        for (const f of result.failures) log.error({ file: f.file, line: f.line }, f.message);
        const json = `${JSON.stringify(result.document, null, 2)}\n`;
        if (options.out) await writeFile(options.out, json);
        else process.stdout.write(json);
        const { entities, relations, mentions } = result.document;
        process.stderr.write(
          `extracted ${result.articles} article(s): ${entities.length} entities, ${relations.length} relations, ` +
            `${mentions.length} mentions${options.out ? ` → ${options.out}` : ''}\n`,
        );
        reportFailures(result.failures);
      }),
    );
}

/** A summary of the files that failed; any failure makes the exit code 1. */
export function reportFailures(failures: readonly Problem[]): void {
  if (failures.length === 0) return;
  process.stderr.write(`${failures.length} input(s) failed:\n`);
  for (const f of failures) process.stderr.write(`  ${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}\n`);
  process.exitCode = 1;
}

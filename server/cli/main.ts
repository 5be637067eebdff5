// The `newsgraph` command: argv → subcommands. Each subcommand lives in commands/<name>.ts and exports a
// `register<Name>Command(program)` function; this file only wires them.
import { Command } from 'commander';
import { registerEvalCommand } from './commands/eval.ts';
import { registerExportCommand } from './commands/export.ts';
import { registerExtractCommand } from './commands/extract.ts';
import { registerImportCommand } from './commands/import.ts';
import { registerIngestCommand } from './commands/ingest.ts';
import { registerNeo4jCommand } from './commands/neo4j.ts';
import { registerNlpCommand } from './commands/nlp.ts';
import { registerRemoveCommand } from './commands/remove.ts';
import { registerServeCommand } from './commands/serve.ts';

const program = new Command('newsgraph')
  .description('News articles into a dated, sourced graph: extract, ingest, serve, explore.')
  .showHelpAfterError();

// Subcommand registrations (one line each, kept sorted).
registerEvalCommand(program);
registerExtractCommand(program);
registerExportCommand(program);
registerImportCommand(program);
registerIngestCommand(program);
registerNeo4jCommand(program);
registerNlpCommand(program);
registerRemoveCommand(program);
registerServeCommand(program);

await program.parseAsync(process.argv);

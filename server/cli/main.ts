// The `newsgraph` command: argv → subcommands. Each subcommand lives in commands/<name>.ts and exports a
// `register<Name>Command(program)` function; this file only wires them.
import { Command } from 'commander';
import { registerEvalCommand } from './commands/eval.ts';
import { registerExtractCommand } from './commands/extract.ts';
import { registerNeo4jCommand } from './commands/neo4j.ts';
import { registerServeCommand } from './commands/serve.ts';

const program = new Command('newsgraph')
  .description('News articles into a dated, sourced graph: extract, ingest, serve, explore.')
  .showHelpAfterError();

// Subcommand registrations (one line each, kept sorted).
registerEvalCommand(program);
registerExtractCommand(program);
registerNeo4jCommand(program);
registerServeCommand(program);

await program.parseAsync(process.argv);

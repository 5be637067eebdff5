// The `newsgraph` command: argv → subcommands. Each subcommand lives in commands/<name>.ts and exports a
// `register<Name>Command(program)` function; this file only wires them.
import { Command } from 'commander';

const program = new Command('newsgraph')
  .description('News articles into a dated, sourced graph: extract, ingest, serve, explore.')
  .showHelpAfterError();

// Subcommand registrations (one line each, kept sorted).

await program.parseAsync(process.argv);

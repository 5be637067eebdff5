// A running local service is described by a small JSON file in its data folder, so that any process
// (the CLI, a test worker, the Vitest global setup) can find, check and stop it.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StateFile<State extends { readonly dataDir: string }> {
  path(dataDir: string): string;
  read(dataDir: string): State | undefined;
  write(state: State): void;
  remove(dataDir: string): void;
}

/** The state file `<dataDir>/<fileName>`. */
export function createStateFile<State extends { readonly dataDir: string }>(
  fileName: string,
): StateFile<State> {
  const path = (dataDir: string): string => join(dataDir, fileName);
  return {
    path,
    read(dataDir) {
      if (!existsSync(path(dataDir))) return undefined;
      try {
        return JSON.parse(readFileSync(path(dataDir), 'utf8')) as State;
      } catch {
        return undefined;
      }
    },
    write(state) {
      writeFileSync(path(state.dataDir), `${JSON.stringify(state, null, 2)}\n`);
    },
    remove(dataDir) {
      rmSync(path(dataDir), { force: true });
    },
  };
}

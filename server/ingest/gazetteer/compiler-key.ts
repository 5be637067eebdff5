import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
// .ts from the sources, .js from the build: the modules read are the ones that run.
const ext = extname(here);
// What shapes the cached form: reading and validating (defaults, trims), compiling (tokenising, folding,
// case rules), hashing and the JSON form. Their relative imports are followed, so a module one of them
// starts to import counts too without being listed here.
const ENTRY_POINTS = [
  join(dirname(here), `load-gazetteer${ext}`),
  join(dirname(here), `gazetteer-hash${ext}`),
  join(dirname(here), `knowledge-json${ext}`),
  join(dirname(here), '..', 'recognise', `compile-gazetteer${ext}`),
];
const RELATIVE_IMPORT = /\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * The compiled gazetteer's cache key: the gazetteer files' bytes and the source of every module that
 * turns them into the compiled form, so editing either makes a fresh compilation.
 */
export function compilerKey(gazetteerFiles: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of gazetteerFiles) hash.update(`${basename(file)}\0`).update(readFileSync(file));
  for (const file of compilerModules()) hash.update('\0').update(readFileSync(file));
  return hash.digest('hex').slice(0, 20);
}

function compilerModules(): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT))
      visit(resolve(dirname(file), specifier!));
  };
  for (const file of ENTRY_POINTS) visit(file);
  return [...seen].sort();
}

// Writes a generated corpus as .jsonl files (500 articles each) that `newsgraph ingest` reads.
// Usage: tsx bench/corpus/write-corpus.ts <count> [seed] [outDir]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './generate-corpus.ts';

export function writeCorpus(count: number, seed: number, outDir: string, perFile = 500): string[] {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  let lines: string[] = [];
  const flush = () => {
    const file = join(outDir, `corpus-${String(files.length).padStart(4, '0')}.jsonl`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    files.push(file);
    lines = [];
  };
  for (const article of generateCorpus(count, seed)) {
    lines.push(JSON.stringify(article));
    if (lines.length === perFile) flush();
  }
  if (lines.length > 0) flush();
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = '100', seed = '42', out = 'bench/out/corpus'] = process.argv.slice(2);
  const files = writeCorpus(Number(count), Number(seed), out);
  process.stdout.write(`wrote ${count} articles in ${files.length} file(s) under ${out}\n`);
}

import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { sourceDir } from '../../../schema/source-dir.ts';
import { compileGazetteer, type Knowledge } from '../recognise/compile-gazetteer.ts';
import { compilerKey } from './compiler-key.ts';
import { gazetteerHash } from './gazetteer-hash.ts';
import { type KnowledgeJson, knowledgeFromJson, knowledgeToJson } from './knowledge-json.ts';
import { GAZETTEER_DIR, GAZETTEER_FILES, loadGazetteer } from './load-gazetteer.ts';

/** Beside the local Neo4j's and CoreNLP's data: git-ignored, safe to delete. */
export const KNOWLEDGE_CACHE_DIR = join(sourceDir(import.meta.url), '../../../.data/gazetteer-cache');
const FORMAT = 'newsgraph-gazetteer-cache/1';
/** Compilations kept: the sources' and the build's (their modules differ), and a few recent edits. */
const KEPT = 4;

export interface CompiledGazetteer {
  readonly knowledge: Knowledge;
  /** gazetteerHash of the validated gazetteer, for the extractor version. */
  readonly hash: string;
}

interface CacheFile {
  readonly format: typeof FORMAT;
  readonly hash: string;
  readonly knowledge: KnowledgeJson;
}

/**
 * The gazetteer compiled once: validating and compiling every alias is most of a one-file extraction's
 * own time, so the result is kept under a key of the gazetteer files and the compiling code.
 */
export function loadKnowledge(dir = GAZETTEER_DIR, cacheDir = KNOWLEDGE_CACHE_DIR): CompiledGazetteer {
  const file = cacheFile(dir, cacheDir);
  const cached = file ? readCache(file) : undefined;
  if (cached) return cached;
  const gazetteer = loadGazetteer(dir);
  const compiled = { knowledge: compileGazetteer(gazetteer), hash: gazetteerHash(gazetteer) };
  if (file) writeCache(file, compiled);
  return compiled;
}

function cacheFile(dir: string, cacheDir: string): string | undefined {
  const files = GAZETTEER_FILES.map((name) => join(dir, name));
  // A missing file is loadGazetteer's to report, with its message.
  if (!files.every((f) => existsSync(f))) return undefined;
  return join(cacheDir, `${compilerKey(files)}.json`);
}

function readCache(file: string): CompiledGazetteer | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    if (json.format !== FORMAT) return undefined;
    return { knowledge: knowledgeFromJson(json.knowledge), hash: json.hash };
  } catch {
    // A cache file cut short (a killed write, a full disk) is compiled again and overwritten.
    return undefined;
  }
}

function writeCache(file: string, compiled: CompiledGazetteer): void {
  const content: CacheFile = {
    format: FORMAT,
    hash: compiled.hash,
    knowledge: knowledgeToJson(compiled.knowledge),
  };
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    // Written aside then renamed, so parallel extractions never read half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify(content));
    renameSync(partial, file);
    prune(join(file, '..'));
  } catch {
    // The cache only saves time: a read-only checkout extracts the same, compiling each time.
  }
}

function prune(cacheDir: string): void {
  const entries = readdirSync(cacheDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ path: join(cacheDir, name), mtime: statSync(join(cacheDir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of entries.slice(KEPT)) rmSync(old.path, { force: true });
}

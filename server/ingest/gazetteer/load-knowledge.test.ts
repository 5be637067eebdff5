import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileGazetteer } from '../recognise/compile-gazetteer.ts';
import { gazetteerHash } from './gazetteer-hash.ts';
import { knowledgeFromJson, knowledgeToJson } from './knowledge-json.ts';
import { GAZETTEER_DIR, loadGazetteer } from './load-gazetteer.ts';
import { loadKnowledge } from './load-knowledge.ts';

const made: string[] = [];
const tempDir = (name: string) => {
  made.push(mkdtempSync(join(tmpdir(), `newsgraph-${name}-`)));
  return made.at(-1)!;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const cacheFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.json'));

describe('the compiled gazetteer cache', () => {
  const gazetteer = loadGazetteer();
  const fresh = compileGazetteer(gazetteer);

  it('holds exactly what a fresh compilation gives, trie order included', () => {
    const cacheDir = tempDir('gazetteer-cache');
    const first = loadKnowledge(GAZETTEER_DIR, cacheDir);
    const [file] = cacheFiles(cacheDir);
    const stored = JSON.parse(readFileSync(join(cacheDir, file!), 'utf8'));
    const cached = knowledgeFromJson(stored.knowledge);
    expect(knowledgeToJson(cached)).toEqual(knowledgeToJson(fresh));
    expect(cached).toEqual(fresh);
    expect(first.knowledge).toEqual(fresh);
    expect(stored.hash).toBe(gazetteerHash(gazetteer));
  });

  it('reads the cache on the next load instead of compiling again', () => {
    const cacheDir = tempDir('gazetteer-cache');
    loadKnowledge(GAZETTEER_DIR, cacheDir);
    const file = join(cacheDir, cacheFiles(cacheDir)[0]!);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...stored, hash: 'from-cache' }));
    expect(loadKnowledge(GAZETTEER_DIR, cacheDir).hash).toBe('from-cache');
  });

  it('compiles again when a gazetteer file changes', () => {
    const dir = tempDir('gazetteer');
    cpSync(GAZETTEER_DIR, dir, { recursive: true });
    const cacheDir = tempDir('gazetteer-cache');
    const before = loadKnowledge(dir, cacheDir);
    const places = JSON.parse(readFileSync(join(dir, 'places.json'), 'utf8'));
    places[0].aliases.push('Zzyzx Springs');
    writeFileSync(join(dir, 'places.json'), JSON.stringify(places));
    const after = loadKnowledge(dir, cacheDir);
    expect(cacheFiles(cacheDir)).toHaveLength(2);
    expect(after.hash).not.toBe(before.hash);
    const aliases = [...after.knowledge.trie.entries()].map(([, entry]) => entry.tokens.join(' '));
    expect(aliases).toContain('Zzyzx Springs');
  });

  it('compiles again over a cache file cut short', () => {
    const cacheDir = tempDir('gazetteer-cache');
    loadKnowledge(GAZETTEER_DIR, cacheDir);
    const file = join(cacheDir, cacheFiles(cacheDir)[0]!);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 1000));
    const again = loadKnowledge(GAZETTEER_DIR, cacheDir);
    expect(again.hash).toBe(gazetteerHash(gazetteer));
    expect(again.knowledge).toEqual(fresh);
  });
});

import type { Knowledge, KnownEntity } from '../recognise/compile-gazetteer.ts';
import type { MatcherPayload } from '../recognise/matcher-payload.ts';
import { Trie, type TrieEntry } from '../recognise/trie.ts';

/** The compiled gazetteer as plain JSON: the trie as its entries, the maps as their pairs. */
export interface KnowledgeJson {
  readonly trie: (readonly [readonly string[], TrieEntry<MatcherPayload>])[];
  readonly entities: KnownEntity[];
  readonly capitalPlace: [string, string][];
}

export function knowledgeToJson(knowledge: Knowledge): KnowledgeJson {
  return {
    trie: [...knowledge.trie.entries()],
    entities: [...knowledge.entities.values()],
    capitalPlace: [...knowledge.capitalPlace],
  };
}

/** Rebuilds what compileGazetteer returned, without tokenising and folding every alias again. */
export function knowledgeFromJson(json: KnowledgeJson): Knowledge {
  const trie = new Trie<MatcherPayload>();
  for (const [keys, entry] of json.trie) trie.add(keys, entry);
  return {
    trie,
    entities: new Map(json.entities.map((entity) => [entity.id, entity])),
    capitalPlace: new Map(json.capitalPlace),
  };
}

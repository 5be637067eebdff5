import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('uses the local Neo4j and safe local defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.neo4j).toEqual({
      uri: undefined,
      username: 'neo4j',
      password: 'newsgraph-test',
      database: 'neo4j',
    });
    expect(config.local).toEqual({ port: 7687, dataDir: '.data/neo4j', heapMb: 1024, pageCacheMb: 512 });
    expect(config.http).toEqual({ port: 4000, host: '127.0.0.1', allowedHosts: [], corsOrigins: [] });
    expect(config.apiKey).toBeUndefined();
  });

  it('uses the local CoreNLP parser on port 9000 unless NEWSGRAPH_NLP_URL is set', () => {
    expect(loadConfig({}).nlp).toEqual({
      url: undefined,
      local: { port: 9000, heapMb: 3072, dataDir: '.data/corenlp' },
    });
    expect(loadConfig({ NEWSGRAPH_NLP_URL: 'http://nlp.internal:9000' }).nlp.url).toBe(
      'http://nlp.internal:9000',
    );
    expect(() => loadConfig({ NEWSGRAPH_NLP_URL: 'nlp:9000' })).toThrow(
      /^NEWSGRAPH_NLP_URL: .*received "nlp:9000"/,
    );
    expect(() => loadConfig({ NLP_LOCAL_HEAP_MB: '256' })).toThrow(/^NLP_LOCAL_HEAP_MB: /);
  });

  it('accepts bolt, neo4j and neo4j+s URIs', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster:7687', 'neo4j+s://x.databases.neo4j.io']) {
      expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    }
  });

  it('fails naming the bad key and what it received', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://db:7474' })).toThrow(
      /^NEO4J_URI: .*received "http:\/\/db:7474"/,
    );
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^PORT: /);
    expect(() => loadConfig({ NEO4J_LOCAL_HEAP_MB: '8' })).toThrow(/^NEO4J_LOCAL_HEAP_MB: /);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).neo4j.uri).toBeUndefined();
  });

  it('reads allowed hosts and CORS origins as comma-separated lists, none by default', () => {
    const config = loadConfig({
      NEWSGRAPH_ALLOWED_HOSTS: 'newsgraph.lan, 192.168.1.20',
      NEWSGRAPH_CORS_ORIGINS: 'https://Tools.Example.org,http://localhost:5173',
    });
    expect(config.http.allowedHosts).toEqual(['newsgraph.lan', '192.168.1.20']);
    expect(config.http.corsOrigins).toEqual(['https://tools.example.org', 'http://localhost:5173']);
    expect(() => loadConfig({ NEWSGRAPH_CORS_ORIGINS: 'https://example.org/app' })).toThrow(
      /^NEWSGRAPH_CORS_ORIGINS: .*without a path/,
    );
    expect(() => loadConfig({ NEWSGRAPH_CORS_ORIGINS: '*' })).toThrow(/^NEWSGRAPH_CORS_ORIGINS: /);
    expect(() => loadConfig({ NEWSGRAPH_ALLOWED_HOSTS: 'example.org:4000' })).toThrow(
      /^NEWSGRAPH_ALLOWED_HOSTS: .*without port/,
    );
  });
});

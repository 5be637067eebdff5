// Environment → one typed, validated config, read once per process. Safe local defaults only: with
// NEO4J_URI unset the project's own local Neo4j is used (and started when needed), and likewise the local
// CoreNLP parser with NEWSGRAPH_NLP_URL unset.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../schema/errors.ts';

const intFrom = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/** A comma-separated list; blanks dropped. */
const listOf = (item: z.ZodString) =>
  z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item))
    .default([]);

/** An origin as browsers send it: scheme, host and port, nothing after (https://example.org:8443). */
const origin = z
  .string()
  .regex(/^https?:\/\/[^/?#\s]+$/, 'expected origins like https://example.org, without a path');

const hostName = z.string().regex(/^(\*|[\w.-]+|\[[\da-fA-F:]+\])$/, 'expected host names without port');

const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'expected bolt://, neo4j://, bolt+s:// or neo4j+s:// URI')
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default('newsgraph-test'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  PORT: intFrom(4000, 0, 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  NEWSGRAPH_ALLOWED_HOSTS: listOf(hostName),
  NEWSGRAPH_CORS_ORIGINS: listOf(origin),
  NEWSGRAPH_API_KEY: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_LOCAL_PORT: intFrom(7687, 1, 65535),
  NEO4J_LOCAL_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  NEO4J_LOCAL_HEAP_MB: intFrom(1024, 128, 65536),
  NEO4J_LOCAL_PAGECACHE_MB: intFrom(512, 16, 65536),
  NEWSGRAPH_NLP_URL: z
    .string()
    .regex(/^https?:\/\/.+/, 'expected an http:// or https:// URL')
    .optional(),
  NLP_LOCAL_PORT: intFrom(9000, 1, 65535),
  NLP_LOCAL_HEAP_MB: intFrom(3072, 768, 65536),
  NLP_LOCAL_DATA_DIR: z.string().min(1).default('.data/corenlp'),
});

export interface Config {
  readonly neo4j: {
    /** Undefined: use the local Neo4j that the launcher starts. */
    readonly uri: string | undefined;
    readonly username: string;
    readonly password: string;
    readonly database: string;
  };
  readonly local: {
    readonly port: number;
    readonly dataDir: string;
    readonly heapMb: number;
    readonly pageCacheMb: number;
  };
  readonly nlp: {
    /** A CoreNLP server; undefined: the local one, started when needed. */
    readonly url: string | undefined;
    readonly local: { readonly port: number; readonly heapMb: number; readonly dataDir: string };
  };
  readonly http: {
    readonly port: number;
    readonly host: string;
    /** Host names besides loopback and HOST that requests may name (a DNS-rebinding guard); `*` for any. */
    readonly allowedHosts: readonly string[];
    /** Origins of other sites allowed to call the API from a browser; none by default. */
    readonly corsOrigins: readonly string[];
  };
  readonly apiKey: string | undefined;
  readonly logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
}

/** The process environment, after a `.env` file in the working directory if there is one (never overriding). */
function processEnv(): Record<string, string | undefined> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return process.env;
}

/** Reads the configuration; throws CONFIG_INVALID naming the first bad key and what it received. */
export function loadConfig(env: Record<string, string | undefined> = processEnv()): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? '(env)');
    throw new AppError('CONFIG_INVALID', `${key}: ${issue.message} (received ${JSON.stringify(env[key])})`);
  }
  const e = parsed.data;
  return {
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    },
    local: {
      port: e.NEO4J_LOCAL_PORT,
      dataDir: e.NEO4J_LOCAL_DATA_DIR,
      heapMb: e.NEO4J_LOCAL_HEAP_MB,
      pageCacheMb: e.NEO4J_LOCAL_PAGECACHE_MB,
    },
    nlp: {
      url: e.NEWSGRAPH_NLP_URL,
      local: { port: e.NLP_LOCAL_PORT, heapMb: e.NLP_LOCAL_HEAP_MB, dataDir: e.NLP_LOCAL_DATA_DIR },
    },
    http: {
      port: e.PORT,
      host: e.HOST,
      allowedHosts: e.NEWSGRAPH_ALLOWED_HOSTS,
      // Browsers send the origin in lower case and without a trailing slash.
      corsOrigins: e.NEWSGRAPH_CORS_ORIGINS.map((o) => new URL(o).origin),
    },
    apiKey: e.NEWSGRAPH_API_KEY,
    logLevel: e.LOG_LEVEL,
  };
}

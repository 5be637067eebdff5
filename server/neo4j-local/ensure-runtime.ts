// Everything the local Neo4j needs before it can start: a Java 17+ runtime, the Neo4j jars (fetched once
// by Maven into target/lib) and LocalNeo4j.java compiled against them into target/classes.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { AppError } from '../../schema/errors.ts';
import { sourceDir } from '../../schema/source-dir.ts';
import { checkJava, fetchJars, hasJars, type JvmService, javaCommand } from '../local-jvm/index.ts';

const run = promisify(execFile);
// pom.xml, src/ and target/ are in the source folder, also when this runs from the build in dist/.
const home = sourceDir(import.meta.url);
const libDir = join(home, 'target', 'lib');
const classesDir = join(home, 'target', 'classes');
const source = join(home, 'src', 'main', 'java', 'newsgraph', 'LocalNeo4j.java');
const compiled = join(classesDir, 'newsgraph', 'LocalNeo4j.class');
const service: JvmService = { code: 'NEO4J_LOCAL_FAILED', name: 'the local Neo4j' };

export interface JavaRuntime {
  readonly java: string;
  readonly classpath: string;
}

/** Checks Java, fetches the jars when missing, compiles the main when missing or stale. */
export async function ensureRuntime(): Promise<JavaRuntime> {
  const java = await checkJava(service);
  if (!hasJars(libDir, [/^neo4j-bolt-\d.*\.jar$/])) await fetchJars(home, libDir, service);
  if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(source).mtimeMs) await compile();
  return { java, classpath: [classesDir, join(libDir, '*')].join(delimiter) };
}

async function compile(): Promise<void> {
  mkdirSync(classesDir, { recursive: true });
  try {
    await run(javaCommand('javac'), ['-d', classesDir, '-cp', join(libDir, '*'), source]);
  } catch (error) {
    const message =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'javac (a JDK 17+) is required to compile the local Neo4j launcher but was not found'
        : `javac failed on ${source}: ${(error as { stderr?: string }).stderr?.slice(0, 300)}`;
    throw new AppError('NEO4J_LOCAL_FAILED', message, { cause: error });
  }
}

// Everything the local Neo4j needs before it can start: a Java 17+ runtime, the Neo4j jars (fetched once
// by Maven into target/lib) and LocalNeo4j.java compiled against them into target/classes.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { AppError } from '../../schema/errors.ts';

const run = promisify(execFile);
const home = dirname(fileURLToPath(import.meta.url));
const libDir = join(home, 'target', 'lib');
const classesDir = join(home, 'target', 'classes');
const source = join(home, 'src', 'main', 'java', 'newsgraph', 'LocalNeo4j.java');
const compiled = join(classesDir, 'newsgraph', 'LocalNeo4j.class');

export interface JavaRuntime {
  readonly java: string;
  readonly classpath: string;
}

/** Checks Java, fetches the jars when missing, compiles the main when missing or stale. */
export async function ensureRuntime(): Promise<JavaRuntime> {
  const java = javaCommand('java');
  await checkJavaVersion(java);
  if (!hasJars()) await fetchJars();
  if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(source).mtimeMs) await compile();
  return { java, classpath: [classesDir, join(libDir, '*')].join(delimiter) };
}

function javaCommand(name: string): string {
  const javaHome = process.env.JAVA_HOME;
  return javaHome && existsSync(join(javaHome, 'bin', name)) ? join(javaHome, 'bin', name) : name;
}

async function checkJavaVersion(java: string): Promise<void> {
  let output: string;
  try {
    const { stdout, stderr } = await run(java, ['-version']);
    output = `${stderr}${stdout}`;
  } catch (error) {
    const message = 'Java 17+ is required for the local Neo4j but `java` was not found';
    throw new AppError('NEO4J_LOCAL_FAILED', message, { cause: error });
  }
  const version = /version "([^"]+)"/.exec(output)?.[1];
  const [first, second] = (version ?? '0').split('.').map(Number);
  const major = first === 1 ? (second ?? 0) : (first ?? 0);
  if (major < 17) {
    const shown = version ? `Java ${version}` : `"${output.split('\n')[0]}"`;
    throw new AppError('NEO4J_LOCAL_FAILED', `Java 17+ is required for the local Neo4j; found ${shown}`);
  }
}

function hasJars(): boolean {
  return existsSync(libDir) && readdirSync(libDir).some((name) => /^neo4j-bolt-\d.*\.jar$/.test(name));
}

async function fetchJars(): Promise<void> {
  try {
    await run('mvn', ['-v']);
  } catch (error) {
    throw new AppError(
      'NEO4J_LOCAL_FAILED',
      `Maven (mvn) is required once to fetch the Neo4j jars into ${libDir}, but it was not found`,
      { cause: error },
    );
  }
  try {
    await run('mvn', ['-q', '-B', 'dependency:copy-dependencies'], {
      cwd: home,
      maxBuffer: 32 * 1024 * 1024,
    });
  } catch (error) {
    const detail = (error as { stdout?: string }).stdout?.split('\n').find((line) => line.includes('ERROR'));
    throw new AppError('NEO4J_LOCAL_FAILED', `mvn dependency:copy-dependencies failed: ${detail ?? error}`, {
      cause: error,
    });
  }
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

// What every local JVM service needs before it can start: a Java 17+ runtime and its jars, fetched once
// by Maven into <home>/target/lib (cached in ~/.m2).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AppError, type ErrorCode } from '../../schema/errors.ts';

const run = promisify(execFile);

/** Who is asking, so that errors name the service: `code` and e.g. "the local Neo4j". */
export interface JvmService {
  readonly code: ErrorCode;
  readonly name: string;
}

/** `name` from JAVA_HOME/bin when that exists, else from the PATH. */
export function javaCommand(name: 'java' | 'javac'): string {
  const javaHome = process.env.JAVA_HOME;
  return javaHome && existsSync(join(javaHome, 'bin', name)) ? join(javaHome, 'bin', name) : name;
}

/** Resolves with the `java` command once it is known to be Java 17 or newer. */
export async function checkJava(service: JvmService): Promise<string> {
  const java = javaCommand('java');
  let output: string;
  try {
    const { stdout, stderr } = await run(java, ['-version']);
    output = `${stderr}${stdout}`;
  } catch (error) {
    const message = `Java 17+ is required for ${service.name} but \`java\` was not found`;
    throw new AppError(service.code, message, { cause: error });
  }
  const version = /version "([^"]+)"/.exec(output)?.[1];
  const [first, second] = (version ?? '0').split('.').map(Number);
  const major = first === 1 ? (second ?? 0) : (first ?? 0);
  if (major < 17) {
    const shown = version ? `Java ${version}` : `"${output.split('\n')[0]}"`;
    throw new AppError(service.code, `Java 17+ is required for ${service.name}; found ${shown}`);
  }
  return java;
}

/** True when every pattern matches a file of `libDir`. */
export function hasJars(libDir: string, patterns: readonly RegExp[]): boolean {
  if (!existsSync(libDir)) return false;
  const names = readdirSync(libDir);
  return patterns.every((pattern) => names.some((name) => pattern.test(name)));
}

/** Runs `mvn dependency:copy-dependencies` on the pom in `home` (its target/lib is `libDir`). */
export async function fetchJars(home: string, libDir: string, service: JvmService): Promise<void> {
  try {
    await run('mvn', ['-v']);
  } catch (error) {
    throw new AppError(
      service.code,
      `Maven (mvn) is required once to fetch the jars of ${service.name} into ${libDir}, but it was not found`,
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
    throw new AppError(
      service.code,
      `mvn dependency:copy-dependencies failed in ${home}: ${detail ?? error}`,
      {
        cause: error,
      },
    );
  }
}

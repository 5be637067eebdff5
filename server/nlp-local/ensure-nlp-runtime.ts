// What the local CoreNLP server needs before it can start: a Java 17+ runtime and the CoreNLP jars with
// its English and French models, fetched once by Maven into target/lib (about 740 MB, cached in ~/.m2).
import { join } from 'node:path';
import { sourceDir } from '../../schema/source-dir.ts';
import { checkJava, fetchJars, hasJars, type JvmService } from '../local-jvm/index.ts';

// pom.xml and target/ are in the source folder, also when this runs from the build in dist/.
const home = sourceDir(import.meta.url);
const libDir = join(home, 'target', 'lib');
const service: JvmService = { code: 'NLP_LOCAL_FAILED', name: 'the local CoreNLP parser' };
const jars = [
  /^stanford-corenlp-[\d.]+\.jar$/,
  /^stanford-corenlp-[\d.]+-models\.jar$/,
  /^stanford-corenlp-[\d.]+-models-french\.jar$/,
];

export interface NlpRuntime {
  readonly java: string;
  readonly classpath: string;
}

/** Checks Java and fetches the jars when any of CoreNLP and its two model jars is missing. */
export async function ensureNlpRuntime(): Promise<NlpRuntime> {
  const java = await checkJava(service);
  if (!hasJars(libDir, jars)) await fetchJars(home, libDir, service);
  return { java, classpath: join(libDir, '*') };
}

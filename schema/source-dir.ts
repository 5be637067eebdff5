import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The source folder of a module, whether it runs from its TypeScript source or from the build under
 * dist/ (tsconfig.build.json mirrors the tree there and copies no data): the data files a module
 * reads beside itself (seeds/, pom.xml, target/) stay in the source tree.
 */
export function sourceDir(moduleUrl: string): string {
  const dir = dirname(fileURLToPath(moduleUrl));
  const root = projectRoot(dir);
  const inProject = relative(root, dir);
  const [top, ...rest] = inProject.split(sep);
  return top === 'dist' ? join(root, ...rest) : dir;
}

/** The nearest folder holding package.json; dist/ has none, so a built module finds the checkout. */
function projectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

// The project as it was at a git commit, unpacked beside this checkout (sharing its node_modules), so
// one bench run can time the CLI before and after a change.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The tree of `ref` in a temporary folder, or null with the reason when git cannot give it. */
export function checkoutAt(root: string, ref: string): { dir: string; remove(): void } | { missing: string } {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-before-'));
  try {
    const archive = execFileSync('git', ['archive', ref], { cwd: root, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { missing: `git archive ${ref} failed: ${(error as Error).message.split('\n')[0]}` };
  }
}

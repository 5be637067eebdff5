import type { Dirent } from 'node:fs';
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface Listing {
  /** Article candidates, sorted; a symbolic link keeps its own path (manifests are looked up beside it). */
  readonly files: string[];
  /** What could not be listed, each with its path: a loop, a broken link, a socket… never skipped silently. */
  readonly problems: { file: string; error: string }[];
}

/** Inside a folder, manifests, answer keys (`*.gold.json`) and hidden files are not articles. */
const NOT_ARTICLES = /^(?:manifest\.json|.*\.gold\.json|\..*)$/;

/**
 * The files under a path given by the user, following symbolic links to files and folders. A link back
 * into a folder being walked is reported as a loop instead of being walked forever; a folder reached
 * twice through links is walked once.
 */
export async function listFiles(path: string): Promise<Listing> {
  const listing = { files: [] as string[], problems: [] as Listing['problems'] };
  const target = await follow(path);
  if (typeof target === 'object') listing.problems.push({ file: path, error: target.error });
  else if (target === 'file') listing.files.push(path);
  else await walk(path, new Set(), new Set(), listing);
  listing.files.sort();
  return listing;
}

type Target = 'file' | 'folder' | { error: string };

/** What a path is once links are followed, or why it cannot be followed. */
async function follow(path: string): Promise<Target> {
  try {
    const info = await stat(path);
    if (info.isFile()) return 'file';
    if (info.isDirectory()) return 'folder';
    return { error: 'not a regular file or folder (a socket, pipe or device)' };
  } catch (cause) {
    return { error: await whyNot(path, cause as NodeJS.ErrnoException) };
  }
}

async function whyNot(path: string, cause: NodeJS.ErrnoException): Promise<string> {
  if (cause.code === 'ELOOP') return 'symbolic link loop: the link leads back to itself';
  if (cause.code === 'EACCES') return 'permission denied';
  if (cause.code !== 'ENOENT') return `cannot read (${cause.code ?? cause.message})`;
  const link = await lstat(path).catch(() => null);
  if (link?.isSymbolicLink())
    return `broken symbolic link to "${await readlink(path).catch(() => '?')}" (no such file or folder)`;
  return 'no such file or folder';
}

async function walk(
  dir: string,
  ancestors: ReadonlySet<string>,
  walked: Set<string>,
  listing: { files: string[]; problems: Listing['problems'] },
): Promise<void> {
  const real = await realpath(dir);
  walked.add(real);
  const inside = new Set([...ancestors, real]);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    listing.problems.push({
      file: dir,
      error: `cannot read the folder (${(cause as NodeJS.ErrnoException).code})`,
    });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (NOT_ARTICLES.test(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isFile()) listing.files.push(path);
    else if (entry.isDirectory()) await walk(path, inside, walked, listing);
    else await walkLink(path, inside, walked, listing);
  }
}

/** A symbolic link (or anything else that is neither file nor folder) met inside a folder. */
async function walkLink(
  path: string,
  ancestors: ReadonlySet<string>,
  walked: Set<string>,
  listing: { files: string[]; problems: Listing['problems'] },
): Promise<void> {
  const target = await follow(path);
  if (typeof target === 'object') listing.problems.push({ file: path, error: target.error });
  else if (target === 'file') listing.files.push(path);
  else {
    const real = await realpath(path);
    if (ancestors.has(real))
      listing.problems.push({ file: path, error: `symbolic link loop: leads back to the folder ${real}` });
    // A folder reached again through another link: its files are already listed once.
    else if (!walked.has(real)) await walk(path, ancestors, walked, listing);
  }
}

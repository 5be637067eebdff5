/** Files above this size are refused: an article is a few kilobytes, a 10 MB file is not an article. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The text of a file, or why it cannot be an article: empty, too large, binary or not UTF-8. */
export function decodeFile(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length === 0) return { error: 'empty file' };
  if (bytes.length > MAX_FILE_BYTES)
    return { error: `file of ${bytes.length} bytes is over the ${MAX_FILE_BYTES} byte limit` };
  if (bytes.subarray(0, 8192).includes(0)) return { error: 'binary file (contains NUL bytes)' };
  try {
    const text = decoder.decode(bytes).replace(/^\uFEFF/, '');
    return text.trim() === '' ? { error: 'empty file (only white space)' } : { text };
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
}

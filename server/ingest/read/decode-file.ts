/** Files above this size are refused: an article is a few kilobytes, a 10 MB file is not an article. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');
const windows1252 = new TextDecoder('windows-1252');

/**
 * Windows-1252 bytes 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ), indexed by byte − 0x80;
 * the five unassigned bytes stay as they are. Node 20's TextDecoder reads them as Latin-1 C1 controls.
 */
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';
const C1 = /[\u0080-\u009F]/g;

/**
 * Control characters other than tab, line feed, form feed and carriage return: no text file holds them.
 * After the mapping above, the unassigned Windows-1252 bytes are the only C1 controls left.
 */
const CONTROL = /[^\P{Cc}\t\n\f\r]/gu;
/** Above this share of control characters, bytes that are not UTF-8 are not text in Windows-1252 either. */
const MAX_CONTROL_SHARE = 0.01;
const NON_ASCII = /\P{ASCII}/gu;

export type Encoding = 'utf-8' | 'windows-1252';

export type Decoded = { text: string; encoding: Encoding; replaced?: number } | { error: string };

/**
 * The text of a file, or why it cannot be an article: empty, too large or binary. UTF-8 first; bytes that
 * are not UTF-8 are read as Windows-1252 (a superset of Latin-1 that older French pages use), unless
 * most of their non-ASCII characters decode as UTF-8: then a few damaged bytes become U+FFFD (`replaced`).
 */
export function decodeFile(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { error: 'empty file' };
  if (bytes.length > MAX_FILE_BYTES)
    return { error: `file of ${bytes.length} bytes is over the ${MAX_FILE_BYTES} byte limit` };
  if (bytes.subarray(0, 8192).includes(0)) return { error: 'binary file (contains NUL bytes)' };
  const decoded = decode(bytes);
  if ('error' in decoded) return decoded;
  const text = decoded.text.replace(/^\uFEFF/, '');
  return text.trim() === '' ? { error: 'empty file (only white space)' } : { ...decoded, text };
}

function decode(bytes: Uint8Array): Decoded {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: damaged UTF-8 or another encoding, told apart below.
  }
  const lenient = lenientUtf8.decode(bytes);
  const replaced = lenient.match(/\uFFFD/g)?.length ?? 0;
  const decodedNonAscii = (lenient.match(NON_ASCII)?.length ?? 0) - replaced;
  if (decodedNonAscii > replaced) return { text: lenient, encoding: 'utf-8', replaced };
  const text = windows1252.decode(bytes).replace(C1, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > text.length * MAX_CONTROL_SHARE)
    return { error: `not valid UTF-8, and not Windows-1252 text either (${controls} control characters)` };
  return { text, encoding: 'windows-1252' };
}

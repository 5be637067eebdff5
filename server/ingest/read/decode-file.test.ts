import { describe, expect, it } from 'vitest';
import { decodeFile } from './decode-file.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('decodeFile', () => {
  it('reads UTF-8 and drops a byte order mark', () => {
    expect(decodeFile(bytes([0xef, 0xbb, 0xbf], 'Kiev a signé.'))).toEqual({
      text: 'Kiev a signé.',
      encoding: 'utf-8',
    });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, with its letters of 0x80–0x9F', () => {
    // "L’œuvre coûte 5 € – « déjà »" in Windows-1252.
    const cp1252 = bytes(
      'L',
      [0x92, 0x9c],
      'uvre co',
      [0xfb],
      'te 5 ',
      [0x80, 0x20, 0x96],
      ' ',
      [0xab],
      ' d',
      [0xe9],
      'j',
      [0xe0],
      ' ',
      [0xbb],
    );
    expect(decodeFile(cp1252)).toEqual({ text: 'L’œuvre coûte 5 € – « déjà »', encoding: 'windows-1252' });
  });

  it('keeps UTF-8 with a few damaged bytes as UTF-8, counting the replaced sequences', () => {
    expect(decodeFile(bytes("L'été à Paris, où la forêt brûle ", [0xff], '.'))).toEqual({
      text: "L'été à Paris, où la forêt brûle \uFFFD.",
      encoding: 'utf-8',
      replaced: 1,
    });
  });

  it('refuses bytes that are neither UTF-8 nor text in Windows-1252', () => {
    const binary = bytes([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0x01, 0x02, 0x81, 0x8d, 0x90, 0x05, 0x06, 0xc3, 0x28,
    ]);
    expect(decodeFile(binary)).toEqual({
      error: expect.stringMatching(/not valid UTF-8, and not Windows-1252/),
    });
    expect(decodeFile(bytes('PK', [0, 1, 2]))).toEqual({ error: 'binary file (contains NUL bytes)' });
  });

  it('refuses empty and blank files', () => {
    expect(decodeFile(bytes())).toEqual({ error: 'empty file' });
    expect(decodeFile(bytes(' \n', [0xa0]))).toEqual({ error: 'empty file (only white space)' });
  });
});

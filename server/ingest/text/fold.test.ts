import { describe, expect, it } from 'vitest';
import { fold, foldKeepLength, slug, translitKey } from './fold.ts';

describe('fold and transliteration keys', () => {
  it('removes accents and case', () => {
    expect(fold('Élysée Kyïv')).toBe('elysee kyiv');
  });

  it('folds the spelling variants of one transliterated name to one key', () => {
    expect(translitKey('Oleksandre')).toBe(translitKey('Oleksandr'));
    expect(translitKey('Andriy')).toBe(translitKey('Andrii'));
    expect(translitKey('Andriï')).toBe(translitKey('Andriy'));
    expect(translitKey('Roustem')).toBe(translitKey('Rustem'));
    expect(translitKey('Poutine')).toBe(translitKey('Putin'));
    expect(translitKey('Voronej')).toBe(translitKey('Voronezh'));
    expect(translitKey('Zelenskyy')).toBe(translitKey('Zelensky'));
    expect(translitKey('Tchernihiv')).toBe(translitKey('Chernihiv'));
  });

  it('keeps distinct names distinct', () => {
    expect(translitKey('Paris')).not.toBe(translitKey('Parma'));
  });

  it('keeps one code unit per code unit when asked', () => {
    const text = 'Œuvre à Kyïv';
    expect(foldKeepLength(text)).toHaveLength(text.length);
  });

  it('makes ASCII slugs for ids', () => {
    expect(slug('Volodymyr Zelensky')).toBe('volodymyr-zelensky');
  });
});

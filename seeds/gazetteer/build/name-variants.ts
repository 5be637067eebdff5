// Helpers shared by the one-off gazetteer build scripts.

// Letters that Unicode does not decompose into a base letter and a mark.
const SPECIAL: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'Ae',
  ß: 'ss',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
};

export function stripAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁøØæÆßđĐı]/g, (c) => SPECIAL[c]!)
    .normalize('NFC');
}

export function fold(text: string): string {
  return stripAccents(text).toLowerCase().replace(/['’]/g, "'").replace(/\s+/g, ' ').trim();
}

export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const LEADING_ARTICLE = /^(?:the |la |le |les |l['’])/i;

/**
 * The name without a leading article, with and without accents. A leading "=" keeps the name verbatim
 * (for names whose bare form is a common word or first name: "=la Dominique").
 */
export function variants(name: string): string[] {
  if (name.startsWith('=')) return [name.slice(1)];
  const bare = name.replace(LEADING_ARTICLE, '');
  return [bare, stripAccents(bare)];
}

/** Unique strings in first-seen order, comparing exactly (accented and plain forms both kept). */
export function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v.length > 0))];
}

/** `key: value` lines → a record with lower-camel keys ("published_at" → "publishedAt"). */
export function parseKeyValues(lines: readonly string[]): Record<string, string> | null {
  const fields: Record<string, string> = {};
  for (const line of lines) {
    if (line.trim() === '') continue;
    const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m) return null;
    fields[camel(m[1]!)] = unquote(m[2]!.trim());
  }
  return fields;
}

/** A .txt file: an optional `key: value` header closed by a `---` line, then the text. */
export function splitTxtHeader(text: string): { fields: Record<string, string>; body: string } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const close = lines.findIndex((line) => line.trim() === '---');
  if (close > 0 && close <= 30) {
    const fields = parseKeyValues(lines.slice(0, close));
    if (fields) return { fields, body: lines.slice(close + 1).join('\n') };
  }
  return { fields: {}, body: text };
}

/** A Markdown file: optional front matter between `---` lines, then the text without markup. */
export function splitFrontMatter(text: string): { fields: Record<string, string>; body: string } {
  const normal = text.replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(normal);
  const fields = m ? (parseKeyValues(m[1]!.split('\n')) ?? {}) : {};
  return { fields, body: stripMarkdown(m ? normal.slice(m[0].length) : normal) };
}

function stripMarkdown(body: string): string {
  return body
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`)(\S[^*_`]*?)\1/g, '$2');
}

function camel(key: string): string {
  const joined = key.replace(/[-_](\w)/g, (_, c: string) => c.toUpperCase());
  return joined[0]!.toLowerCase() + joined.slice(1);
}

function unquote(value: string): string {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}

import { readFileSync } from 'node:fs';

export interface Row {
  iso2: string;
  name: string;
  aliases: string[];
  acronyms: string[];
  /** One list of name variants per capital city, English name first. */
  capitals: string[][];
  fr: string[];
  en: string[];
}

export const list = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);

export function readRows(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [iso2, name, aliases, acronyms, capitals, fr, en] = line.split('|').map((c) => c.trim());
      return {
        iso2: iso2!,
        name: name!,
        aliases: list(aliases),
        acronyms: list(acronyms),
        capitals: (capitals ?? '')
          .split(',')
          .map(list)
          .filter((g) => g.length > 0),
        fr: list(fr),
        en: list(en),
      };
    });
}

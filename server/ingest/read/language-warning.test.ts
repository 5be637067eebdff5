import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageWarning, otherLanguage } from './language-warning.ts';

const OTHER = {
  de: 'Die Bundesregierung hat am Dienstag ein neues Hilfspaket für die Ukraine beschlossen. Der Kanzler sagte in Berlin, Deutschland werde die Unterstützung so lange wie nötig fortsetzen.',
  es: 'El gobierno español anunció el martes un nuevo paquete de ayuda para Ucrania. El presidente dijo en Madrid que España seguirá apoyando a Kiev mientras sea necesario.',
  it: "Il governo italiano ha annunciato martedì un nuovo pacchetto di aiuti per l'Ucraina. Il presidente del Consiglio ha detto a Roma che l'Italia continuerà a sostenere Kiev.",
  ru: 'Правительство России объявило во вторник о новых мерах поддержки. Министр заявил в Москве, что переговоры продолжатся на следующей неделе в Женеве.',
  zh: '中国政府周二宣布了一项新的援助计划。外交部发言人表示，北京将继续推动和平谈判。专家认为，这一决定将影响地区局势。',
};

describe('otherLanguage', () => {
  it.each(Object.entries(OTHER))('finds %s prose', (code, text) => {
    expect(otherLanguage(text)).toBe(code);
  });

  it('finds nothing in the French and English articles of the seeds and the dev set', () => {
    const dirs = ['../../../seeds/articles/', '../../../test/fixtures/dev-articles/'];
    for (const dir of dirs.map((d) => new URL(d, import.meta.url))) {
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')))
        expect([name, otherLanguage(readFileSync(new URL(name, dir), 'utf8'))]).toEqual([name, null]);
    }
  });

  it('says nothing about a line too short to tell, even one full of names', () => {
    expect(otherLanguage('Volodymyr Zelensky a rencontré Emmanuel Macron à Paris samedi.')).toBeNull();
    expect(otherLanguage('Olaf Scholz traf Emmanuel Macron in Berlin.')).toBeNull();
  });
});

describe('languageWarning', () => {
  it('names the file and the language it detected', () => {
    expect(languageWarning('nachrichten.txt', OTHER.de, null)).toBe(
      'nachrichten.txt: text detected as German (de), not French or English; little or nothing will be extracted from it',
    );
  });

  it('names a declared language other than French or English', () => {
    expect(languageWarning('a.json', 'Short.', 'pl')).toMatch(
      /^a\.json: language "pl" is neither French nor English/,
    );
    expect(languageWarning('a.json', 'Short.', 'fr-FR')).toBeNull();
    expect(languageWarning('a.json', 'Short.', 'EN')).toBeNull();
  });
});

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../schema/errors.ts';
import { loadGazetteer } from './load-gazetteer.ts';

const SEED_DIR = fileURLToPath(new URL('../../../seeds/gazetteer/', import.meta.url));

const UN_MEMBERS =
  `AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD
CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU
IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN
ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK
SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW`.split(
    /\s+/,
  );

const RUSSIAN_SUBJECTS = `adygea altai-republic bashkortostan buryatia chechnya chuvashia dagestan ingushetia
kabardino-balkaria kalmykia karachay-cherkessia karelia khakassia komi mari-el mordovia north-ossetia sakha tatarstan tuva
udmurtia altai-krai kamchatka khabarovsk krasnodar krasnoyarsk perm primorsky stavropol zabaykalsky amur-oblast arkhangelsk
astrakhan belgorod bryansk chelyabinsk irkutsk ivanovo kaliningrad kaluga kemerovo kirov kostroma kurgan kursk
leningrad-oblast lipetsk magadan moscow-oblast murmansk nizhny-novgorod novgorod-oblast novosibirsk omsk orenburg oryol
penza pskov rostov ryazan sakhalin samara saratov smolensk sverdlovsk tambov tomsk tula tver tyumen ulyanovsk
vladimir-oblast volgograd vologda voronezh yaroslavl moscow saint-petersburg jewish-autonomous-oblast chukotka khanty-mansi
nenets yamalo-nenets`.split(/\s+/);

const UKRAINIAN_REGIONS =
  `cherkasy chernihiv chernivtsi dnipropetrovsk donetsk ivano-frankivsk kharkiv kherson
khmelnytskyi kirovohrad kyiv-oblast luhansk lviv mykolaiv odesa poltava rivne sumy ternopil vinnytsia volyn zakarpattia
zaporizhzhia zhytomyr crimea kyiv sevastopol`.split(/\s+/);

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function frenchNames(): Record<string, string[]> {
  const require = createRequire(import.meta.url);
  const countries = require('i18n-iso-countries');
  countries.registerLocale(require('i18n-iso-countries/langs/fr.json'));
  return countries.getNames('fr', { select: 'all' });
}

function copyOfSeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));
  cpSync(SEED_DIR, dir, { recursive: true });
  return dir;
}

function rewrite(dir: string, file: string, change: (data: unknown) => unknown): void {
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify(change(JSON.parse(readFileSync(path, 'utf8')))));
}

function loadError(dir: string): AppError {
  try {
    loadGazetteer(dir);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected loadGazetteer to throw');
}

describe('loadGazetteer', () => {
  const gazetteer = loadGazetteer();
  const country = (iso2: string) => gazetteer.countries.find((c) => c.iso2 === iso2);

  it('loads the committed gazetteer with every kind of entry', () => {
    expect(gazetteer.countries.length).toBeGreaterThanOrEqual(198);
    expect(gazetteer.places.length).toBeGreaterThan(400);
    expect(gazetteer.officials.length).toBeGreaterThan(300);
    expect(gazetteer.organizations.length).toBeGreaterThan(100);
  });

  it('gives every UN member state an English name, its French name, capitals and demonyms in both languages', () => {
    // Their French short names are also first names, so the gazetteer spells them with more context.
    const fr: Record<string, string[]> = { ...frenchNames(), DM: ['la Dominique'], MU: ['Île Maurice'] };
    const missing = UN_MEMBERS.filter((iso2) => {
      const c = country(iso2);
      if (!c) return true;
      const names = new Set([c.name, ...c.aliases, ...c.acronyms].map(fold));
      const hasFrench = (fr[iso2] ?? []).some(
        (n) => names.has(fold(n)) || names.has(fold(n.replace(/^(la |le |les |l')/i, ''))),
      );
      return !hasFrench || c.demonyms.fr.length === 0 || c.demonyms.en.length === 0;
    });
    expect(missing).toEqual([]);
  });

  it('spells French demonyms in every gender and number', () => {
    expect(country('UA')?.demonyms.fr).toEqual(['ukrainien', 'ukrainienne', 'ukrainiens', 'ukrainiennes']);
    expect(country('UA')?.demonyms.en).toEqual(['Ukrainian', 'Ukrainians']);
  });

  it('keeps acronyms that collide with words apart from case-insensitive aliases', () => {
    expect(country('US')?.acronyms).toEqual(expect.arrayContaining(['US', 'USA', 'U.S.']));
    expect(country('US')?.aliases).not.toContain('US');
    expect(country('US')?.aliases).toEqual(expect.arrayContaining(['États-Unis', 'Etats-Unis', 'Amérique']));
    expect(country('UA')?.capitals).toEqual(expect.arrayContaining(['Kyiv', 'Kiev', 'Kyïv']));
  });

  it('covers every federal subject of Russia and every region of Ukraine, located in its country', () => {
    const byId = new Map(gazetteer.places.map((p) => [p.id, p]));
    const countryOf = (slug: string) => byId.get(`place:${slug}`)?.country;
    expect(RUSSIAN_SUBJECTS).toHaveLength(83);
    expect(RUSSIAN_SUBJECTS.filter((s) => countryOf(s) !== 'RU')).toEqual([]);
    expect(UKRAINIAN_REGIONS.filter((s) => countryOf(s) !== 'UA')).toEqual([]);
  });

  it('holds Koursk and Kursk as names of one place', () => {
    const matches = gazetteer.places.filter((p) =>
      [p.name, ...p.aliases].some((n) => n === 'Koursk' || n === 'Kursk'),
    );
    expect(matches.map((p) => p.id)).toEqual(['place:kursk']);
    expect(matches[0]!.aliases).toEqual(
      expect.arrayContaining(['Koursk', 'région de Koursk', 'Kursk Oblast']),
    );
  });

  it('gives one official every spelling of the name', () => {
    const syrsky = gazetteer.officials.find((o) => o.id === 'official:oleksandr-syrsky');
    expect(syrsky?.aliases).toEqual(expect.arrayContaining(['Oleksandre Syrsky', 'Syrskyi', 'Syrsky']));
    expect(syrsky?.roles.at(-1)).toMatchObject({
      role: 'Commander-in-Chief of the Armed Forces',
      of: 'country:UA',
    });
  });

  it('never gives one name to two places or two officials', () => {
    const shared = (entries: readonly { id: string; name: string; aliases: readonly string[] }[]) => {
      const owner = new Map<string, string>();
      const clashes: string[] = [];
      for (const e of entries)
        for (const n of new Set([e.name, ...e.aliases].map(fold))) {
          if (owner.has(n)) clashes.push(`${n}: ${owner.get(n)} ${e.id}`);
          owner.set(n, e.id);
        }
      return clashes;
    };
    expect(shared(gazetteer.places)).toEqual([]);
    expect(shared(gazetteer.officials)).toEqual([]);
  });

  it('puts every city inside a region of its own country', () => {
    const byId = new Map(gazetteer.places.map((p) => [p.id, p]));
    const strays = gazetteer.places.filter((p) => p.within && byId.get(p.within)?.country !== p.country);
    expect(strays.map((p) => p.id)).toEqual([]);
  });

  it('rejects a malformed file, naming the file, the path and the value received', () => {
    const dir = copyOfSeeds();
    rewrite(dir, 'places.json', (places) => [
      ...(places as object[]),
      { id: 'place:x', name: 'X', kind: 'planet' },
    ]);
    const error = loadError(dir);
    expect(error.code).toBe('INVALID_DOCUMENT');
    expect(error.message).toContain(join(dir, 'places.json'));
    expect(error.message).toMatch(/\.kind/);
    expect(error.message).toContain('"planet"');
  });

  it('rejects a role held in an organization that the gazetteer does not have', () => {
    const dir = copyOfSeeds();
    rewrite(dir, 'officials.json', (officials) => {
      const list = officials as { roles: { of: string }[] }[];
      list[0]!.roles[0]!.of = 'organization:nowhere';
      return list;
    });
    expect(loadError(dir).message).toMatch(
      /officials\.json: 0\.roles\.0\.of .* unknown entity organization:nowhere/,
    );
  });

  it('rejects two entries with one id', () => {
    const dir = copyOfSeeds();
    rewrite(dir, 'organizations.json', (orgs) => [...(orgs as object[]), (orgs as object[])[0]]);
    expect(loadError(dir).message).toMatch(/organizations\.json: duplicate id organization:nato/);
  });
});

import { z } from 'zod';

// Shapes of the four curated files in seeds/gazetteer/. Aliases match accent- and case-folded;
// acronyms match case-sensitively, so "US" never fires on the pronoun "us".

const iso2 = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "UA"');
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date prefix such as 2019-05-20, 2019-05 or 2019');
const nameText = z.string().trim().min(1);
const names = z.array(nameText);
const idOf = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:[a-z0-9]+(-[a-z0-9]+)*$`), `expected "${prefix}:<ascii-slug>"`);

export const COUNTRY_FILE_SCHEMA = z.record(
  iso2,
  z.strictObject({
    name: nameText,
    aliases: names,
    acronyms: names.default([]),
    capitals: names,
    demonyms: z.strictObject({ fr: names, en: names }),
  }),
);

export const PLACE_KINDS = ['region', 'city', 'sea', 'front', 'area', 'river', 'island'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PLACE_FILE_SCHEMA = z.array(
  z.strictObject({
    id: idOf('place'),
    name: nameText,
    kind: z.enum(PLACE_KINDS),
    country: iso2.nullable(),
    /** The enclosing region of a city, when the gazetteer has it. */
    within: idOf('place').optional(),
    aliases: names,
  }),
);

export const OFFICIAL_FILE_SCHEMA = z.array(
  z.strictObject({
    id: idOf('official'),
    name: nameText,
    aliases: names,
    roles: z
      .array(
        z.strictObject({
          role: nameText,
          of: z.union([z.string().regex(/^country:[A-Z]{2}$/), idOf('organization')]),
          from: isoDate.nullable(),
          to: isoDate.nullable(),
        }),
      )
      .min(1),
  }),
);

export const ORGANIZATION_KINDS = [
  'alliance',
  'union',
  'ministry',
  'parliament',
  'council',
  'agency',
  'court',
  'party',
  'media',
  'company',
  'armed-forces',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ORGANIZATION_FILE_SCHEMA = z.array(
  z.strictObject({
    id: idOf('organization'),
    name: nameText,
    aliases: names,
    acronyms: names.default([]),
    kind: z.enum(ORGANIZATION_KINDS),
    country: iso2.nullable(),
    /** ISO2 codes of member states, or organization ids. */
    members: z.array(z.union([iso2, idOf('organization')])).default([]),
  }),
);

type CountryFields = z.output<typeof COUNTRY_FILE_SCHEMA>[string];
export type CountryEntry = CountryFields & { iso2: string };
export type PlaceEntry = z.output<typeof PLACE_FILE_SCHEMA>[number];
export type OfficialEntry = z.output<typeof OFFICIAL_FILE_SCHEMA>[number];
export type OfficialRole = OfficialEntry['roles'][number];
export type OrganizationEntry = z.output<typeof ORGANIZATION_FILE_SCHEMA>[number];

export interface Gazetteer {
  /** Sorted by iso2. */
  readonly countries: readonly CountryEntry[];
  readonly places: readonly PlaceEntry[];
  readonly officials: readonly OfficialEntry[];
  readonly organizations: readonly OrganizationEntry[];
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { AppError, excerpt } from '../../../schema/errors.ts';
import { sourceDir } from '../../../schema/source-dir.ts';
import {
  COUNTRY_FILE_SCHEMA,
  type CountryEntry,
  type Gazetteer,
  OFFICIAL_FILE_SCHEMA,
  ORGANIZATION_FILE_SCHEMA,
  PLACE_FILE_SCHEMA,
} from './gazetteer-schema.ts';

/** The curated gazetteer in the source tree (also when this module runs from the build in dist/). */
export const GAZETTEER_DIR = join(sourceDir(import.meta.url), '../../../seeds/gazetteer/');
export const GAZETTEER_FILES = ['countries.json', 'places.json', 'officials.json', 'organizations.json'];

/** Reads and validates the curated gazetteer (countries, places, officials, organizations). */
export function loadGazetteer(dir: string = GAZETTEER_DIR): Gazetteer {
  const countryFile = readValidated(join(dir, 'countries.json'), COUNTRY_FILE_SCHEMA);
  const countries: CountryEntry[] = Object.keys(countryFile)
    .sort()
    .map((iso2) => ({ iso2, ...countryFile[iso2]! }));
  const gazetteer: Gazetteer = {
    countries,
    places: readValidated(join(dir, 'places.json'), PLACE_FILE_SCHEMA),
    officials: readValidated(join(dir, 'officials.json'), OFFICIAL_FILE_SCHEMA),
    organizations: readValidated(join(dir, 'organizations.json'), ORGANIZATION_FILE_SCHEMA),
  };
  checkIntegrity(gazetteer, dir);
  return gazetteer;
}

function readValidated<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new AppError(
      'INVALID_DOCUMENT',
      `gazetteer file ${file} cannot be read as JSON: ${String(cause)}`,
      {
        cause,
      },
    );
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.map(String).join('.') || '(root)';
  const received = issue.path.reduce<unknown>(
    (value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey],
    raw,
  );
  throw new AppError(
    'INVALID_DOCUMENT',
    `gazetteer file ${file} is invalid at ${path}: ${issue.message} (received ${excerpt(JSON.stringify(received) ?? 'nothing')})`,
  );
}

function checkIntegrity(g: Gazetteer, dir: string): void {
  const fail = (file: string, message: string): never => {
    throw new AppError('INVALID_DOCUMENT', `gazetteer file ${join(dir, file)}: ${message}`);
  };
  const isoCodes = new Set(g.countries.map((c) => c.iso2));
  const placeIds = uniqueIds(g.places, (id) => fail('places.json', `duplicate id ${id}`));
  const orgIds = uniqueIds(g.organizations, (id) => fail('organizations.json', `duplicate id ${id}`));
  uniqueIds(g.officials, (id) => fail('officials.json', `duplicate id ${id}`));
  g.places.forEach((p, i) => {
    if (p.country !== null && !isoCodes.has(p.country))
      fail('places.json', `${i}.country of ${p.id} is unknown country ${p.country}`);
    if (p.within !== undefined && !placeIds.has(p.within))
      fail('places.json', `${i}.within of ${p.id} is unknown place ${p.within}`);
  });
  g.officials.forEach((o, i) => {
    o.roles.forEach((r, j) => {
      const known = r.of.startsWith('country:') ? isoCodes.has(r.of.slice(8)) : orgIds.has(r.of);
      if (!known) fail('officials.json', `${i}.roles.${j}.of of ${o.id} is unknown entity ${r.of}`);
    });
  });
  g.organizations.forEach((o, i) => {
    if (o.country !== null && !isoCodes.has(o.country))
      fail('organizations.json', `${i}.country of ${o.id} is unknown country ${o.country}`);
    o.members.forEach((m, j) => {
      if (!(isoCodes.has(m) || orgIds.has(m)))
        fail('organizations.json', `${i}.members.${j} of ${o.id} is unknown member ${m}`);
    });
  });
}

function uniqueIds(entries: readonly { id: string }[], onDuplicate: (id: string) => void): Set<string> {
  const ids = new Set<string>();
  for (const { id } of entries) {
    if (ids.has(id)) onDuplicate(id);
    ids.add(id);
  }
  return ids;
}

import type { KnownEntity } from '../recognise/compile-gazetteer.ts';

type Role = KnownEntity['roles'][number];

/** The role held on the publication day; without a day, or when none was held then, the latest one. */
export function activeRole(official: KnownEntity, published: string | null): Role | undefined {
  const held = (r: Role) =>
    published !== null && (r.from === null || r.from <= published) && (r.to === null || r.to >= published);
  const current = official.roles.filter(held);
  const pool = current.length > 0 ? current : official.roles;
  return [...pool].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))[0];
}

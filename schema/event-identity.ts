// What makes two reports one event, written once: extraction merges a run's articles with it and the
// loader joins events an earlier run stored with it.

/** An attack as its identity sees it. */
export interface AttackIdentity {
  /** The id of who launched it. */
  readonly attacker: string;
  readonly weapon: string;
  /** ISO day (YYYY-MM-DD). */
  readonly date: string;
  readonly targets: readonly string[];
}

/** An agreement as its identity sees it. */
export interface AgreementIdentity {
  readonly kind: string;
  /** The year it was signed or first reported (YYYY). */
  readonly year: string;
  readonly parties: readonly string[];
  /** The day it was signed, when a report states it. */
  readonly signedOn?: string | null;
}

/** Reports of one night's strikes are often a day apart: local time, "overnight", the publication day. */
export const ATTACK_DAYS_APART = 1;

/** The kind of an agreement named without one ("un accord", "the deal"): it fits any kind. */
export const UNSTATED_KIND = 'other';

const DAY = 86_400_000;

/** The ISO days an attack on `date` may have been reported under, for an indexed look-up. */
export function attackDays(date: string): string[] {
  const day = Date.parse(date);
  const days: string[] = [];
  for (let k = -ATTACK_DAYS_APART; k <= ATTACK_DAYS_APART; k++)
    days.push(new Date(day + k * DAY).toISOString().slice(0, 10));
  return days;
}

/**
 * One attack: the same attacker and weapon, days at most ATTACK_DAYS_APART apart, and a shared target
 * (or no target known on one side).
 */
export function sameAttack(a: AttackIdentity, b: AttackIdentity): boolean {
  if (a.attacker !== b.attacker || a.weapon !== b.weapon) return false;
  if (!withinDays(a.date, b.date, ATTACK_DAYS_APART)) return false;
  return a.targets.length === 0 || b.targets.length === 0 || a.targets.some((t) => b.targets.includes(t));
}

/**
 * One agreement: the same parties in the same year, of the same kind or one of them unstated, and not
 * signed on days more than a day apart.
 */
export function sameAgreement(a: AgreementIdentity, b: AgreementIdentity): boolean {
  if (a.year !== b.year || a.parties.length !== b.parties.length) return false;
  if (a.kind !== b.kind && a.kind !== UNSTATED_KIND && b.kind !== UNSTATED_KIND) return false;
  if (a.signedOn?.length === 10 && b.signedOn?.length === 10 && !withinDays(a.signedOn, b.signedOn, 1))
    return false;
  return a.parties.every((p) => b.parties.includes(p));
}

function withinDays(a: string, b: string, days: number): boolean {
  return Math.abs(Date.parse(a) - Date.parse(b)) <= days * DAY;
}

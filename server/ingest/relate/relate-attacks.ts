import { ATTACK_DAYS_APART } from '../../../schema/event-identity.ts';
import type { ArticleContext, FactDate } from './article-context.ts';
import type { AttackFrame, AttackReading, AttackTarget } from './attack-frame.ts';
import { readAttack } from './read-attack.ts';

/**
 * Attack frames across an article. "ces attaques" / "these attacks" point back to the last attack and add
 * only who did it and when; a new report joins an earlier attack when nothing contradicts it (attacker,
 * date) and it shares a target or names none, so the same attack told in French and in English is one.
 */
export function findAttacks(ctx: ArticleContext): AttackFrame[] {
  const frames: AttackFrame[] = [];
  for (const sentence of ctx.sentences) {
    if (sentence.boilerplate) continue;
    const reading = readAttack(ctx, sentence);
    if (!reading) continue;
    const last = frames.at(-1);
    if (reading.definite && last) {
      addReference(last, reading);
      continue;
    }
    const hasContent = reading.attacker !== null || reading.targets.length > 0;
    if (!hasContent) continue;
    const within = (place: string) => ctx.knowledge.entities.get(place)?.country ?? null;
    const frame = [...frames].reverse().find((f) => compatible(f, reading, within));
    if (frame) merge(frame, reading);
    else frames.push(open(reading));
  }
  return frames.filter((f) => f.targets.length > 0 || f.attacker !== null);
}

/** Words that name an attack without its weapon; they fit with any weapon. */
const GENERIC = new Set(['attack', 'strike', 'raid']);

function compatible(
  frame: AttackFrame,
  reading: AttackReading,
  within: (place: string) => string | null,
): boolean {
  if (frame.attacker && reading.attacker && frame.attacker.id !== reading.attacker.id) return false;
  if (frame.date?.date && reading.date?.date && !withinDays(frame.date.date, reading.date.date)) return false;
  // "drones et missiles" joins a report of drones and one of missiles; drones alone and missiles alone stay apart.
  if (
    frame.weapons.size > 0 &&
    reading.weapons.size > 0 &&
    ![...reading.weapons].some((w) => frame.weapons.has(w))
  )
    return false;
  // Without an attacker of its own, places inside a country the attack hit are the same attack in detail.
  // The same side (or one not named) hitting a place inside a country the attack hit.
  const sameSide = reading.attacker === null || reading.attacker.id === frame.attacker?.id;
  const inside = (t: AttackTarget) =>
    sameSide &&
    frame.targets.some((f) => f.id === `country:${within(t.id)}` || t.id === `country:${within(f.id)}`);
  // Without an attacker of its own, "drones were also downed over Kursk" continues the same night's wave
  // over the same country.
  const country = (id: string) => (id.startsWith('country:') ? id : `country:${within(id)}`);
  const sameCountry = (t: AttackTarget) =>
    sameSide && frame.targets.some((f) => !f.defender && country(f.id) === country(t.id));
  const shared = reading.targets.some(
    (t) => frame.targets.some((f) => f.id === t.id) || inside(t) || sameCountry(t),
  );
  const sameAttacker = frame.attacker !== null && frame.attacker.id === reading.attacker?.id;
  const named = (targets: readonly AttackTarget[]) => targets.filter((t) => !t.defender).length;
  // Another paragraph tells another attack unless it names the same target, or completes the one told:
  // who did it, told apart from what it hit ("claimed by JNIM" … "its camps were victims of attacks").
  const completes =
    (reading.attacker === null && frame.targets.length === 0) ||
    (frame.attacker === null && reading.targets.length === 0);
  if (reading.paragraph !== frame.paragraph) return shared || completes;
  return shared || named(reading.targets) === 0 || named(frame.targets) === 0 || sameAttacker;
}

function addReference(frame: AttackFrame, reading: AttackReading): void {
  frame.attacker ??= reading.attacker;
  // The date a report states beats the publication day another report fell back on.
  if (!frame.date || (isFallback(frame.date) && reading.date && !isFallback(reading.date)))
    frame.date = reading.date;
  frame.reportedBy ??= reading.reportedBy;
  frame.casualties ??= reading.casualties;
  frame.triggers.push(...reading.triggers);
}

function merge(frame: AttackFrame, reading: AttackReading): void {
  addReference(frame, reading);
  frame.paragraph = reading.paragraph;
  if (GENERIC.has(frame.weapon) && !GENERIC.has(reading.weapon)) frame.weapon = reading.weapon;
  for (const w of reading.weapons) frame.weapons.add(w);
  for (const target of reading.targets) {
    const known = frame.targets.findIndex((t) => t.id === target.id);
    if (known < 0) frame.targets.push(target);
    else if (frame.targets[known]!.count === null && target.count !== null) frame.targets[known] = target;
  }
  frame.intercepted = max(frame.intercepted, reading.intercepted);
  frame.launched = max(frame.launched, reading.launched);
}

function open(reading: AttackReading): AttackFrame {
  return {
    weapon: reading.weapon,
    weapons: new Set(reading.weapons),
    paragraph: reading.paragraph,
    attacker: reading.attacker,
    targets: [...reading.targets],
    date: reading.date,
    intercepted: reading.intercepted,
    launched: reading.launched,
    casualties: reading.casualties,
    reportedBy: reading.reportedBy,
    triggers: [...reading.triggers],
  };
}

function max(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

function withinDays(a: string, b: string): boolean {
  if (a.length < 10 || b.length < 10)
    return a.slice(0, Math.min(a.length, b.length)) === b.slice(0, Math.min(a.length, b.length));
  return Math.abs(Date.parse(a) - Date.parse(b)) <= ATTACK_DAYS_APART * 86_400_000;
}

/** A date that only repeats the publication day (or says nothing). */
function isFallback(date: FactDate): boolean {
  return date.precision === 'published' || date.precision === 'none';
}

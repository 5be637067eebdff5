import type { FactDate } from './article-context.ts';

export interface AttackTarget {
  readonly id: string;
  readonly count: number | null;
  readonly sentence: number;
  /** The side that shot down the weapons: weak evidence of which attack this is. */
  readonly defender?: boolean;
  /** Read as the next item of a list of targets ("deux à Belgorod, un au-dessus de la Crimée"). */
  readonly listed?: boolean;
}

/** One attack (or wave of strikes) as the article tells it. */
export interface AttackFrame {
  weapon: string;
  /** Every weapon the reports name, specific ones only. */
  readonly weapons: Set<string>;
  /** The paragraph of the last report merged in. */
  paragraph: number;
  attacker: { id: string; attribution: string; sentence: number } | null;
  readonly targets: AttackTarget[];
  date: FactDate | null;
  intercepted: number | null;
  launched: number | null;
  casualties: number | null;
  /** Who reports the attack: an organisation or official named with "selon", "said". */
  reportedBy: string | null;
  readonly triggers: { start: number; end: number; text: string }[];
}

export interface AttackReading {
  readonly sentence: number;
  readonly paragraph: number;
  readonly weapon: string;
  readonly weapons: ReadonlySet<string>;
  readonly definite: boolean;
  readonly attacker: AttackFrame['attacker'];
  readonly targets: AttackTarget[];
  readonly date: FactDate | null;
  readonly intercepted: number | null;
  readonly launched: number | null;
  readonly casualties: number | null;
  readonly reportedBy: string | null;
  readonly triggers: { start: number; end: number; text: string }[];
}

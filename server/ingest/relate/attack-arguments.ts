import { CLAUSE_RELATIONS, isWordOf } from '../lexicon/agreement-arguments.ts';
import {
  ACCUSE_PREDICATES,
  ATTACKER_CASES,
  CAUSE_CASES,
  HIT_PREDICATES,
  INTERCEPT_PREDICATES,
  LAUNCH_PREDICATES,
  TARGET_CASES,
} from '../lexicon/attack-arguments.ts';
import { baseRelation, type SentenceTree, type TreeWord } from '../parse/sentence-tree.ts';
import type { Language } from '../text/segment.ts';

/** Who fires and what is hit, by the sentence's structure, as sets of word ids. */
export interface AttackArguments {
  /** Subjects of firing and hitting verbs, agents, and the weapon's own modifiers ("Russian drones"). */
  readonly attackers: ReadonlySet<number>;
  /** Objects of hitting verbs and places after "on", "sur", "contre", "against". */
  readonly targets: ReadonlySet<number>;
  /** Subjects of shooting down: the side under attack. */
  readonly defenders: ReadonlySet<number>;
}

/**
 * The arguments of the attacks the trigger words name. A trigger's predicate is the verb it is the
 * object or subject of ("launched 89 drones", "the strikes hit"), or the trigger itself when it is a
 * verb ("Israel struck"). Reporting clauses are outside: "the ministry said" governs the predicate,
 * it is not one of its arguments.
 */
export function attackArguments(
  tree: SentenceTree,
  triggers: readonly TreeWord[],
  language: Language,
): AttackArguments {
  const attackers = new Set<number>();
  const targets = new Set<number>();
  const defenders = new Set<number>();
  const take = (into: Set<number>, w: TreeWord) => {
    for (const c of tree.conjuncts(w)) for (const x of tree.subtree(c, CLAUSE_RELATIONS)) into.add(x.id);
  };
  // "au-dessus de", "à la suite de": every word of the case and of its fixed expression.
  const cases = (w: TreeWord) =>
    tree
      .children(w, 'case')
      .flatMap((c) => [c, ...tree.children(c, 'fixed')])
      .flatMap((c) => c.fold.split(/[^a-z]+/));
  const targetCases = new Set(TARGET_CASES[language]);
  const attackerCases = new Set(ATTACKER_CASES[language]);
  const causeCases = new Set(CAUSE_CASES[language]);
  const is = (w: TreeWord, concept: typeof HIT_PREDICATES) => isWordOf(concept, w, language);
  const readObliques = (w: TreeWord) => {
    for (const o of tree.children(w, 'obl', 'obl:agent', 'nmod', 'obl:arg')) {
      const c = cases(o);
      if (o.deprel === 'obl:agent' || c.some((x) => x === 'by' || x === 'par')) take(attackers, o);
      else if (c.some((x) => targetCases.has(x))) take(targets, o);
      else if (baseRelation(o.deprel) === 'nmod' && c.some((x) => attackerCases.has(x)) && o.pos === 'PROPN')
        take(attackers, o);
    }
  };
  for (const trigger of triggers) {
    // The weapon's own modifiers: "Russian drones", "Israel's strikes", "Houthi drone strike".
    for (const m of tree.children(trigger, 'amod', 'nmod:poss', 'compound')) take(attackers, m);
    for (const c of tree.conjuncts(trigger)) readObliques(c);
    // "a refinery caught fire after the drone attack": what the attack caused happened to the target.
    const head = tree.head(trigger);
    if (
      head?.pos === 'VERB' &&
      baseRelation(trigger.deprel) === 'obl' &&
      cases(trigger).some((c) => causeCases.has(c))
    )
      for (const s of tree.children(head, 'nsubj', 'nsubj:pass')) take(targets, s);
    const predicates = predicatesOf(tree, trigger);
    // "Ukraine accused Russia of launching drones", "blamed Kyiv for the strike".
    for (const p of [trigger, ...predicates]) {
      const up = tree.head(p);
      if (up && is(up, ACCUSE_PREDICATES) && tree.children(p, 'nsubj').length === 0)
        for (const o of tree.children(up, 'obj')) take(attackers, o);
    }
    for (const p of predicates) {
      const subjects = tree.children(p, 'nsubj');
      const passive = tree.children(p, 'nsubj:pass');
      if (is(p, INTERCEPT_PREDICATES)) {
        // "downed over the Rostov region": where they were shot down is where they were aimed.
        for (const s of subjects) take(defenders, s);
        readObliques(p);
        continue;
      }
      if (is(p, LAUNCH_PREDICATES) || is(p, HIT_PREDICATES) || p.id === trigger.id)
        for (const s of subjects) if (s.id !== trigger.id && s.pos !== 'PRON') take(attackers, s);
      if (is(p, HIT_PREDICATES) || p.id === trigger.id) {
        for (const o of tree.children(p, 'obj')) if (o.id !== trigger.id) take(targets, o);
        for (const s of passive) if (s.id !== trigger.id) take(targets, s);
      }
      readObliques(p);
    }
  }
  for (const id of attackers) targets.delete(id);
  return { attackers, targets, defenders };
}

/** The verbs a trigger is an argument of, and the trigger itself when it is a verb. */
function predicatesOf(tree: SentenceTree, trigger: TreeWord): TreeWord[] {
  const out: TreeWord[] = [];
  if (trigger.pos === 'VERB') out.push(trigger);
  // "drones that Russia launched", "missiles tirés par la Russie": a clause on the weapon.
  for (const c of tree.conjuncts(trigger))
    for (const acl of tree.children(c, 'acl')) if (acl.pos === 'VERB') out.push(acl);
  let node = tree.conjuncts(trigger)[0]!;
  for (let steps = 0; steps < 2; steps++) {
    const rel = baseRelation(node.deprel);
    const head = tree.head(node);
    if (!head || !['obj', 'nsubj', 'nsubj:pass', 'obl', 'nmod'].includes(rel)) break;
    if (head.pos === 'VERB') {
      out.push(head);
      break;
    }
    // "89 of the drones", "a wave of strikes": climb through the quantity noun.
    node = head;
  }
  return out;
}

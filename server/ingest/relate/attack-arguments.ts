import { type ByLanguage, CLAUSE_RELATIONS, isWordOf } from '../lexicon/agreement-arguments.ts';
import {
  ACCUSE_PREDICATES,
  ACCUSED_CASES,
  ATTACKER_CASES,
  ATTRIBUTE_PREDICATES,
  ATTRIBUTED_TO_CASES,
  CAUSE_CASES,
  CLAIM_PREDICATES,
  HIT_PREDICATES,
  INTERCEPT_PREDICATES,
  LAUNCH_PREDICATES,
  TARGET_CASES,
  VICTIM_NOUNS,
} from '../lexicon/attack-arguments.ts';
import { baseRelation, type SentenceTree, type TreeWord } from '../parse/sentence-tree.ts';
import type { Language } from '../text/segment.ts';

/** How the sentence puts the attack on its author. */
export type Attribution = 'claimed' | 'attributed' | 'reported';

/** A word in an attacker argument: how it is attributed, and how deep it sits under the argument. */
export interface AttackerWord {
  readonly attribution: Attribution;
  /** 0 for the argument's head ("Wagner" in "Wagner fighters" is 1), so the nearest name wins. */
  readonly depth: number;
}

const STRENGTH: Readonly<Record<Attribution, number>> = { reported: 0, attributed: 1, claimed: 2 };

/** Who fires and what is hit, by the sentence's structure. */
export interface AttackArguments {
  /** Subjects of firing and hitting verbs, agents, the weapon's own modifiers ("Russian drones"),
   * claimants and those the attack is attributed to, by word id. */
  readonly attackers: ReadonlyMap<number, AttackerWord>;
  /** Objects of hitting verbs and places after "on", "sur", "contre", "against". */
  readonly targets: ReadonlySet<number>;
  /** Subjects of shooting down: the side under attack. */
  readonly defenders: ReadonlySet<number>;
}

/**
 * The arguments of the attacks the trigger words name. A trigger's predicate is the verb it is the
 * object or subject of ("launched 89 drones", "the strikes hit"), a clause on it ("drones that Russia
 * launched", "attaque revendiquée par"), or the trigger itself when it is a verb ("Israel struck").
 * Reporting clauses are outside: "the ministry said" governs the predicate, it is not one of its
 * arguments.
 */
export function attackArguments(
  tree: SentenceTree,
  triggers: readonly TreeWord[],
  language: Language,
): AttackArguments {
  const attackers = new Map<number, AttackerWord>();
  const targets = new Set<number>();
  const defenders = new Set<number>();
  const words = (w: TreeWord) => tree.conjuncts(w).flatMap((c) => tree.subtree(c, CLAUSE_RELATIONS));
  const take = (into: Set<number>, w: TreeWord) => {
    for (const x of words(w)) into.add(x.id);
  };
  const attacker = (w: TreeWord, attribution: Attribution) => {
    for (const c of tree.conjuncts(w))
      for (const x of tree.subtree(c, CLAUSE_RELATIONS)) {
        const depth = tree.pathUp(x, c)?.length ?? 0;
        const known = attackers.get(x.id);
        // Nearer the argument's head wins; at one depth a claim or an attribution says more than a report.
        const stronger =
          known && depth === known.depth && STRENGTH[attribution] > STRENGTH[known.attribution];
        if (!known || depth < known.depth || stronger) attackers.set(x.id, { attribution, depth });
      }
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
  const attributedTo = new Set(ATTRIBUTED_TO_CASES[language]);
  const accused = new Set(ACCUSED_CASES[language]);
  const is = (w: TreeWord, concept: ByLanguage) => isWordOf(concept, w, language);
  const isAgent = (o: TreeWord) =>
    o.deprel === 'obl:agent' || cases(o).some((x) => x === 'by' || x === 'par');
  const obliques = (w: TreeWord) => tree.children(w, 'obl', 'obl:agent', 'nmod', 'obl:arg');
  const readObliques = (w: TreeWord, agent: Attribution) => {
    for (const o of obliques(w)) {
      const c = cases(o);
      if (isAgent(o)) attacker(o, agent);
      else if (c.some((x) => targetCases.has(x))) take(targets, o);
      else if (baseRelation(o.deprel) === 'nmod' && c.some((x) => attackerCases.has(x)) && o.pos === 'PROPN')
        attacker(o, 'reported');
    }
  };
  for (const trigger of triggers) {
    // The weapon's own modifiers: "Russian drones", "Israel's strikes", "Houthi drone strike".
    for (const m of tree.children(trigger, 'amod', 'nmod:poss', 'compound')) attacker(m, 'reported');
    for (const c of tree.conjuncts(trigger)) readObliques(c, 'reported');
    // "a refinery caught fire after the drone attack": what the attack caused happened to the target.
    const head = tree.head(trigger);
    if (
      head?.pos === 'VERB' &&
      baseRelation(trigger.deprel) === 'obl' &&
      cases(trigger).some((c) => causeCases.has(c))
    )
      for (const s of tree.children(head, 'nsubj', 'nsubj:pass')) take(targets, s);
    // "ses camps ont été victimes d'attaques": the subject of the victim noun is hit.
    const over = tree.head(tree.conjuncts(trigger)[0]!);
    if (over && is(over, VICTIM_NOUNS))
      for (const s of tree.children(over, 'nsubj', 'nsubj:pass')) take(targets, s);
    const predicates = predicatesOf(tree, trigger);
    // "Ukraine accused Russia of launching drones", "blamed Kyiv for the strike".
    for (const p of [trigger, ...predicates]) {
      const up = tree.head(p);
      // Only for an act told by a verb ("of launching", "for bombing"): "retaliate against an attack" says
      // nothing of who made it.
      if (up && p.pos === 'VERB' && is(up, ACCUSE_PREDICATES) && tree.children(p, 'nsubj').length === 0) {
        for (const o of tree.children(up, 'obj')) if (o.id !== p.id) attacker(o, 'attributed');
        for (const o of obliques(up))
          if (o.id !== p.id && cases(o).some((c) => accused.has(c))) attacker(o, 'attributed');
      }
    }
    for (const p of predicates) {
      const subjects = subjectsOf(tree, p).filter((s) => s.id !== trigger.id && s.pos !== 'PRON');
      if (is(p, CLAIM_PREDICATES)) {
        for (const s of subjects) attacker(s, 'claimed');
        for (const o of obliques(p)) if (isAgent(o)) attacker(o, 'claimed');
        continue;
      }
      if (is(p, ATTRIBUTE_PREDICATES)) {
        for (const o of obliques(p)) if (cases(o).some((c) => attributedTo.has(c))) attacker(o, 'attributed');
        continue;
      }
      if (is(p, ACCUSE_PREDICATES)) {
        for (const o of tree.children(p, 'obj')) if (o.id !== trigger.id) attacker(o, 'attributed');
        continue;
      }
      if (is(p, INTERCEPT_PREDICATES)) {
        // "downed over the Rostov region": where they were shot down is where they were aimed.
        for (const s of subjects) take(defenders, s);
        readObliques(p, 'reported');
        continue;
      }
      const acts = is(p, LAUNCH_PREDICATES) || is(p, HIT_PREDICATES) || p.id === trigger.id;
      if (acts) for (const s of subjects) attacker(s, 'reported');
      if (is(p, HIT_PREDICATES) || p.id === trigger.id) {
        for (const o of tree.children(p, 'obj')) if (o.id !== trigger.id) take(targets, o);
        for (const s of tree.children(p, 'nsubj:pass')) if (s.id !== trigger.id) take(targets, s);
      }
      readObliques(p, 'reported');
    }
  }
  for (const id of attackers.keys()) targets.delete(id);
  return { attackers, targets, defenders };
}

/** A predicate's subjects; "en frappant", "by striking", "to strike" take the controller of the verb they
 * depend on: its object when it has one ("accused Russia of launching"), else its subject. */
function subjectsOf(tree: SentenceTree, predicate: TreeWord): TreeWord[] {
  const own = tree.children(predicate, 'nsubj');
  const rel = baseRelation(predicate.deprel);
  const governor = tree.head(predicate);
  if (own.length > 0 || !governor || !['advcl', 'xcomp'].includes(rel)) return own;
  // "accused Russia of launching": an infinitive's object controller comes first.
  const objects = rel === 'xcomp' ? tree.children(governor, 'obj') : [];
  return objects.length > 0 ? objects : tree.children(governor, 'nsubj');
}

/** The verbs a trigger is an argument of, and the trigger itself when it is a verb. */
function predicatesOf(tree: SentenceTree, trigger: TreeWord): TreeWord[] {
  const out: TreeWord[] = [];
  if (trigger.pos === 'VERB') out.push(trigger);
  // "drones that Russia launched", "missiles tirés par la Russie": a clause on the weapon.
  for (const c of tree.conjuncts(trigger))
    for (const acl of tree.children(c, 'acl')) if (acl.pos === 'VERB') out.push(acl);
  let node = tree.conjuncts(trigger)[0]!;
  // "by artillery shelling" parsed with "shelling" as a modifier: the phrase's noun carries the role.
  const modified = tree.head(node);
  if (['amod', 'compound'].includes(baseRelation(node.deprel)) && modified && modified.pos !== 'VERB')
    node = modified;
  for (let steps = 0; steps < 2; steps++) {
    const rel = baseRelation(node.deprel);
    const head = tree.head(node);
    // xcomp: "a revendiqué la frappe" read with "frappe" as a verb.
    if (!head || !['obj', 'nsubj', 'nsubj:pass', 'obl', 'nmod', 'xcomp'].includes(rel)) break;
    if (head.pos === 'VERB') {
      out.push(head);
      break;
    }
    // "89 of the drones", "a wave of strikes": climb through the quantity noun.
    node = head;
  }
  return out;
}

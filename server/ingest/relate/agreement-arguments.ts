import {
  AGENT_CASES,
  AGREEMENT_ACTS,
  AGREEMENT_PREDICATES,
  CLAUSE_RELATIONS,
  GENITIVE_CASES,
  INCLUSION_CASES,
  isWordOf,
  PAIR_WORDS,
  PARTNER_CASES,
  SIGNING_PREDICATES,
} from '../lexicon/agreement-arguments.ts';
import { baseRelation, type SentenceTree, type TreeWord } from '../parse/sentence-tree.ts';
import type { Language } from '../text/segment.ts';

/** Who an agreement trigger's sentence says is on each side of it, as sets of word ids. */
export interface AgreementArguments {
  /** The subjects and agents of the agreeing predicate with everything under them. */
  readonly actors: ReadonlySet<number>;
  /** The other side: "with X", "between X and Y", "avec X". */
  readonly partners: ReadonlySet<number>;
  /** The agreement's own modifiers: "the Japan–Philippines pact", "l'accord germano-ukrainien". */
  readonly modifiers: ReadonlySet<number>;
  /** The predicate puts names on the text ("signed", "a signé"), so its actors are signers. */
  readonly signing: boolean;
  /** The predicate, when the trigger is the object, subject or participle of one. */
  readonly predicate: TreeWord | null;
  /** The subject is "the two leaders", "les deux pays": the two named just before act. */
  readonly pairSubject: boolean;
}

/**
 * The arguments of the agreement the trigger word names, from the dependency tree: the subjects of
 * "sign"/"conclude" (and of the verb that governs it in "agreed to sign"), the agent of a passive or a
 * participle ("signés par Berlin"), partners after "with"/"entre", and the trigger's own modifiers.
 * Clauses under them (", as Ukraine fights Russia", "qui …") are not arguments.
 */
export function agreementArguments(
  tree: SentenceTree,
  trigger: TreeWord,
  language: Language,
): AgreementArguments {
  const predicate = findPredicate(tree, trigger, language);
  const actors = new Set<number>();
  const partners = new Set<number>();
  const modifiers = new Set<number>();
  const genitive = new Set(GENITIVE_CASES[language]);
  const caseOf = (w: TreeWord) => tree.children(w, 'case').map((c) => c.fold);
  // An argument keeps its genitives ("the leaders of France"), not other modifiers ("in the presence of").
  const own = (w: TreeWord) =>
    !CLAUSE_RELATIONS.has(baseRelation(w.deprel)) &&
    (!['nmod', 'obl'].includes(baseRelation(w.deprel)) || caseOf(w).every((c) => genitive.has(c)));
  const take = (into: Set<number>, w: TreeWord) => {
    for (const c of tree.conjuncts(w)) for (const x of tree.subtreeWhere(c, own)) into.add(x.id);
  };
  const partnerCases = new Set(PARTNER_CASES[language]);
  const agentCases = new Set(AGENT_CASES[language]);
  const obliques = (w: TreeWord) => tree.children(w, 'obl', 'obl:agent', 'nmod');
  let pairSubject = false;
  if (predicate) {
    const pair = PAIR_WORDS[language];
    for (const s of subjectsOf(tree, predicate)) {
      take(actors, s);
      if (tree.children(s, 'nummod', 'det', 'amod').some((d) => pair.includes(d.fold))) pairSubject = true;
    }
    for (const o of obliques(predicate)) {
      const cases = caseOf(o);
      if (o.deprel === 'obl:agent' || cases.some((c) => agentCases.has(c))) take(actors, o);
      else if (cases.some((c) => partnerCases.has(c))) take(partners, o);
    }
  }
  const inclusion = new Set(INCLUSION_CASES[language]);
  for (const o of obliques(trigger))
    if (caseOf(o).some((c) => partnerCases.has(c) || inclusion.has(c))) take(partners, o);
  for (const m of tree.children(trigger, 'amod', 'compound', 'nmod:poss', 'flat')) take(modifiers, m);
  const signing = predicate !== null && isWordOf(SIGNING_PREDICATES, predicate, language);
  return { actors, partners, modifiers, signing, predicate, pairSubject };
}

/** Subjects of a predicate; an infinitive or participle takes those of the verb it hangs from. */
function subjectsOf(tree: SentenceTree, predicate: TreeWord): TreeWord[] {
  let at: TreeWord | undefined = predicate;
  for (let steps = 0; at && steps < 3; steps++) {
    const subjects = tree.children(at, 'nsubj', 'nsubj:pass');
    // A passive subject is the agreement itself ("the pact was signed"), not a party.
    const active = subjects.filter((s) => s.deprel !== 'nsubj:pass');
    if (active.length > 0) return active;
    if (subjects.length > 0) return [];
    const rel = baseRelation(at.deprel);
    if (rel !== 'xcomp' && rel !== 'conj') return [];
    at = tree.head(at);
  }
  return [];
}

/**
 * The agreeing predicate over the trigger: the verb whose object or subject it is ("signed an
 * agreement"), a participle on it ("accords signés par"), or the verb over "the signing of the pact".
 */
function findPredicate(tree: SentenceTree, trigger: TreeWord, language: Language): TreeWord | null {
  for (const acl of tree.children(trigger, 'acl'))
    if (isWordOf(AGREEMENT_PREDICATES, acl, language)) return acl;
  let node = tree.conjuncts(trigger)[0]!;
  for (let steps = 0; steps < 3; steps++) {
    const head = tree.head(node);
    if (!head) return null;
    const rel = baseRelation(node.deprel);
    if (!['obj', 'nsubj:pass', 'nsubj', 'obl', 'nmod', 'xcomp', 'appos'].includes(rel)) return null;
    if (isWordOf(AGREEMENT_PREDICATES, head, language)) return head;
    if (!isWordOf(AGREEMENT_ACTS, head, language)) return null;
    node = head;
  }
  return null;
}

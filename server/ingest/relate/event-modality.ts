import { isWordOf } from '../lexicon/agreement-arguments.ts';
import { CONDITIONS, HABITUAL, NEGATIONS, PROSPECTS } from '../lexicon/modality.ts';
import { baseRelation, type SentenceTree, type TreeWord } from '../parse/sentence-tree.ts';
import type { Language } from '../text/segment.ts';

/**
 * Whether an event word reports something that happened: "no missile was fired" (negated), "should it
 * be attacked again", "en cas d'attaque", "threatened to strike" (hypothetical), "the repeated
 * bombardments" (habitual) do not report a dated event.
 */
export type Modality = 'asserted' | 'negated' | 'hypothetical' | 'habitual';

/** Relations that open a clause of its own: the event's modality stops there (a subject clause is part
 * of the clause it is the subject of). */
const CLAUSE_HEADS = new Set(['root', 'ccomp', 'advcl', 'parataxis', 'acl', 'list']);

export function eventModality(tree: SentenceTree, trigger: TreeWord, language: Language): Modality {
  const is = (w: TreeWord, concept: typeof NEGATIONS) =>
    isWordOf(concept, w, language) || concept[language].includes(w.fold);
  // The event word and the words it hangs from up to its clause's head ("threatened to strike": on
  // through the infinitive to the verb that governs it).
  const chain: TreeWord[] = [trigger];
  for (let at = trigger; chain.length < 8; ) {
    const rel = baseRelation(at.deprel);
    const up = tree.head(at);
    if (!up || (CLAUSE_HEADS.has(rel) && at !== trigger)) break;
    if (CLAUSE_HEADS.has(rel)) break;
    chain.push(up);
    at = up;
  }
  for (const w of chain) {
    const marks = tree.children(w, 'advmod', 'det', 'mark', 'aux', 'cc');
    if (marks.some((m) => is(m, NEGATIONS))) return 'negated';
    if (marks.some((m) => is(m, CONDITIONS))) return 'hypothetical';
    // "pourrait signer", "threatened to strike", "en cas d'attaque": a modal or a prospect governs it.
    if (w !== trigger && (is(w, PROSPECTS) || is(w, CONDITIONS))) return 'hypothetical';
  }
  if (tree.children(trigger, 'amod', 'advmod').some((m) => is(m, HABITUAL))) return 'habitual';
  // "have been conducting air strikes": a perfect progressive tells a campaign, not a dated strike.
  const ongoing = (w: TreeWord) =>
    language === 'en' && w.fold.endsWith('ing') && tree.children(w, 'aux').some((a) => a.fold === 'been');
  if (chain.some(ongoing)) return 'habitual';
  return 'asserted';
}

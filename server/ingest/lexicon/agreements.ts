// Agreement frames as data: trigger nouns with the kind they imply, qualifiers that give a kind, and the
// verbs that give a status, in French and English (folded words).
import type { AgreementStatus } from '../../../schema/graph-model.ts';

export interface Trigger {
  readonly words: readonly string[];
  readonly kind: string | null;
  readonly plural: boolean;
  /** The word is also a verb or an idiom ("traité" = treated, "deal with"): a determiner must precede it. */
  readonly needsDeterminer?: boolean;
  /** The word names an agreement only when it points back to one: "le document a été signé par". */
  readonly referenceOnly?: boolean;
  /** A verb form ("struck", "a frappé"): it tells an attack only with a target ("struck a deal" does not). */
  readonly verb?: boolean;
}

const t = (kind: string | null, plural: boolean, forms: string, needsDeterminer = false): Trigger[] =>
  forms.split('|').map((f) => ({ words: f.split(' '), kind, plural, needsDeterminer }));

export const AGREEMENT_TRIGGERS: readonly Trigger[] = [
  ...t('framework', false, 'accord cadre|framework agreement|framework deal'),
  ...t('framework', true, 'accords cadres|framework agreements'),
  ...t('roadmap', false, 'feuille de route|roadmap|road map'),
  ...t('roadmap', true, 'feuilles de route|roadmaps'),
  ...t('ceasefire', false, 'cessez le feu|ceasefire|cease fire|treve|truce|armistice'),
  ...t('ceasefire', true, 'ceasefires|treves|truces'),
  ...t(
    null,
    false,
    'accord|pacte|memorandum|protocole|agreement|pact|treaty|compact|memorandum of understanding',
  ),
  ...t(null, true, 'accords|pactes|memorandums|protocoles|agreements|pacts|treaties|compacts'),
  ...t(null, false, 'traite|deal', true),
  ...t(null, true, 'traites|deals', true),
  ...t(null, false, 'document|texte|text', true).map((tr) => ({ ...tr, referenceOnly: true })),
];

/** Words near a trigger that say what kind of agreement it is. */
export const KIND_QUALIFIERS: readonly [string, string][] = [
  ['securite', 'security'],
  ['security', 'security'],
  ['defense', 'security'],
  ['defence', 'security'],
  ['cadre', 'framework'],
  ['framework', 'framework'],
  ['aide', 'aid'],
  ['aid', 'aid'],
  ['assistance', 'aid'],
];

export const DETERMINERS = new Set(
  'un une le la l les ce cet cette ces du au aux des d nouveau nouvel a an the this that these those such new tel tels telle telles notre nos votre leur leurs son sa ses our their its his her peace trade security'.split(
    ' ',
  ),
);

/** Determiners that point back to an agreement already told. */
export const DEFINITE = new Set(
  'le la l les ce cet cette ces ledit ladite dudit notre nos leur leurs son sa ses the this that these those our their its his her'.split(
    ' ',
  ),
);

/** "such agreements": new agreements of the kind just told. */
export const SUCH = new Set(['tel', 'tels', 'telle', 'telles', 'such', 'similar', 'similaires', 'pareils']);

/** Words that tell where an agreement stands (its status), nearest to the trigger wins. */
export const STATUS_CUES: readonly [RegExp, AgreementStatus][] = [
  [/^(vigueur|applicable|appliquer|applique|appliquee)$/, 'in force'],
  [/^(suspend\w*|gele|geles|gelee|freezes|froze|frozen)$/, 'suspended'],
  [/^(expire\w*|expiree|abroge\w*|denonce\w*|terminated|terminates|revoked|scrapped|rompu|rompt)$/, 'ended'],
  [
    /^(sign(e|es|ee|ees|ent|era|eront|ait|aient|er|ature|ataire|ataires|ed|s|ing)?|conclu|conclus|conclue|conclure|concluded|ratifie|ratified|paraphe|adopte)$/,
    'signed',
  ],
  [
    /^(negoci\w*|negotiat\w*|travaill\w*|work|working|worked|discut\w*|discuss\w*|pourparlers|talks|convenu|convenus|agreed|elaborer|drafting|draft|preparer|prepare)$/,
    'negotiating',
  ],
  [
    /^(propos\w*|proposal|proposed|plan|offre|offer|suggere|suggested|demande|demandent|presses|pressure|accepter|accept)$/,
    'proposed',
  ],
];

/** Phrases that tell a status where one word alone would not ("air force"): words in folded form. */
export const STATUS_PHRASES: readonly [readonly string[], AgreementStatus][] = [
  [['into', 'force'], 'in force'],
  [['in', 'force'], 'in force'],
  [['took', 'effect'], 'in force'],
  [['takes', 'effect'], 'in force'],
  [['take', 'effect'], 'in force'],
  [['into', 'effect'], 'in force'],
];

/** Words before an organisation that make it the venue of the signing, not a party: "au G7". */
export const VENUE_WORDS = new Set('au marge sommet lors summit sidelines at during'.split(' '));

/** Words before a country that make it a place ("en Ukraine", "in Saudi Arabia"), not a party. */
export const LOCATIVE_WORDS = new Set(['en', 'in', 'at', 'a']);

export const DURATION_UNITS = new Set(['an', 'ans', 'annees', 'year', 'years']);

/** Words that give an agreement's end: "jusqu'en 2034", "until 2034", "through 2030". */
export const UNTIL_WORDS = new Set(['jusqu', 'jusque', 'until', 'till', 'through']);

/** Words between the end word and its year that say nothing of their own: "jusqu'en", "jusqu'à fin". */
export const UNTIL_FILLERS = new Set(['en', 'a', 'au', 'fin', 'end', 'of', 'the', 'la', 'l']);

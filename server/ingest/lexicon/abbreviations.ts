// Abbreviations as data: words ending in a full stop that does not end the sentence, by language.
// Matched case-sensitively on the last word of a piece, leading brackets and quotes removed. Words that
// also stand alone ("vol", "sept", "art", "Art") are left out: a sentence may end with them.

/**
 * Titles, ranks, months and the like: the next word belongs to the same sentence. Single capital letters
 * ("John F. Kennedy") need no entry: they are initials in every language.
 */
export const ABBREVIATIONS: Readonly<Record<'fr' | 'en', readonly string[]>> = {
  en: [
    // titles and ranks
    'Mr.',
    'Mrs.',
    'Ms.',
    'Dr.',
    'Prof.',
    'Sen.',
    'Rep.',
    'Gov.',
    'Pres.',
    'Gen.',
    'Lt.',
    'Col.',
    'Maj.',
    'Capt.',
    'Cmdr.',
    'Adm.',
    'Sgt.',
    'Cpl.',
    'Pvt.',
    'Rev.',
    'Hon.',
    'Amb.',
    'Sec.',
    'Sr.',
    'Jr.',
    'St.',
    'Mt.',
    'Ft.',
    // months
    'Jan.',
    'Feb.',
    'Mar.',
    'Apr.',
    'Jun.',
    'Jul.',
    'Aug.',
    'Sep.',
    'Sept.',
    'Oct.',
    'Nov.',
    'Dec.',
    // numbers, places, companies
    'No.',
    'Nos.',
    'Vol.',
    'Ave.',
    'Blvd.',
    'Corp.',
    'Inc.',
    'Co.',
    'Ltd.',
    'vs.',
    'approx.',
    'U.S.',
    'U.K.',
    'U.N.',
    'E.U.',
    'U.S.S.R.',
    'D.C.',
  ],
  fr: [
    // titles and ranks ("Mme", "Mlle", "Dr", "Me" take no full stop in French, some writers add one)
    'M.',
    'MM.',
    'Mme.',
    'Mmes.',
    'Mlle.',
    'Dr.',
    'Pr.',
    'Me.',
    'Mgr.',
    'Gal.',
    'Gén.',
    'Col.',
    'Cdt.',
    'Lt.',
    'St.',
    'Ste.',
    // months
    'janv.',
    'févr.',
    'avr.',
    'juil.',
    'oct.',
    'nov.',
    'déc.',
    // numbers and references
    'No.',
    'av.',
    'bd.',
    'boul.',
    'cf.',
    'env.',
    'p.',
    'J.-C.',
    'U.S.',
    'U.K.',
    'O.N.U.',
    'U.E.',
  ],
};

/**
 * Abbreviations that also end sentences ("sanctions imposed by the U.S. The Kremlin said…"): like
 * initials, they join the next piece unless it opens with one of SENTENCE_OPENERS.
 */
export const MAY_END_SENTENCE: ReadonlySet<string> = new Set([
  'U.S.',
  'U.K.',
  'U.N.',
  'E.U.',
  'U.S.S.R.',
  'D.C.',
  'O.N.U.',
  'U.E.',
  'Inc.',
  'Corp.',
  'Co.',
  'Ltd.',
  'Jr.',
  'Sr.',
  'J.-C.',
]);

/** Words that usually open a sentence, after which an abbreviation like "U.S." ended the previous one. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  (
    'The A An It Its He She They We I You This That These Those There But And Yet So Then Now In On At ' +
    'For As If When While After Before Since Some Many Most His Her Their Our ' +
    'Le La Les L Un Une Des Il Elle Ils Elles On Nous Vous Je Ce Cette Ces Mais Et Puis Alors Dans En ' +
    'Au Aux Pour Selon Depuis Après Avant Lors Si Quand Son Sa Ses Leur Leurs'
  ).split(' '),
);

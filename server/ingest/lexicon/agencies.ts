// News agencies by the names their dispatches carry, and how an article says it reprints one: "(AFP)"
// in the dateline, "avec AFP" / "with Reuters" / "© AP" in the credits. Rules read these tables only.

export interface Agency {
  readonly name: string;
  /** The forms a dispatch credit uses, as written (matched case-sensitively: "AP" is not "ap"). */
  readonly marks: readonly string[];
}

export const AGENCIES: readonly Agency[] = [
  { name: 'AFP', marks: ['AFP', 'Agence France-Presse'] },
  { name: 'Reuters', marks: ['Reuters'] },
  { name: 'AP', marks: ['AP', 'Associated Press'] },
  { name: 'dpa', marks: ['dpa', 'DPA'] },
  { name: 'ANSA', marks: ['ANSA'] },
  { name: 'EFE', marks: ['EFE'] },
  { name: 'Belga', marks: ['Belga'] },
  { name: 'Ukrinform', marks: ['Ukrinform'] },
  { name: 'Interfax', marks: ['Interfax', 'Interfax-Ukraine'] },
  { name: 'TASS', marks: ['TASS', 'Tass'] },
  { name: 'Xinhua', marks: ['Xinhua'] },
  { name: 'Anadolu', marks: ['Anadolu', 'AA'] },
];

/** Words that credit an agency for the whole text, by language: "avec AFP", "with Reuters", "© AP". */
export const CREDIT_WORDS: Readonly<Record<'fr' | 'en', readonly string[]>> = {
  fr: ['avec', 'source :', 'source:', '©'],
  en: ['with', 'source:', '©'],
};

/** Where a dateline "(AFP)" or a closing credit stands: the first and last characters of the text. */
export const DISPATCH_WINDOW = 400;

// CoreNLP's English models tag with the Penn Treebank set while its French models use Universal POS.
// Extraction reads UPOS only, so PTB tags are mapped here; the dependency relation settles the tags
// whose UPOS depends on the use (auxiliaries, subordinators, the infinitive "to", pronominal "that").

const UPOS = new Set(
  'ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X'.split(' '),
);

/** Each UPOS with the PTB tags that map to it by default. */
const FROM_PTB: Readonly<Record<string, string>> = {
  ADJ: 'JJ JJR JJS AFX',
  ADP: 'IN RP',
  ADV: 'RB RBR RBS WRB',
  AUX: 'MD',
  CCONJ: 'CC',
  DET: 'DT PDT',
  INTJ: 'UH',
  NOUN: 'NN NNS',
  NUM: 'CD',
  PART: 'POS TO',
  PRON: 'EX PRP PRP$ WDT WP WP$',
  PROPN: 'NNP NNPS',
  PUNCT: ". , : `` '' -LRB- -RRB- HYPH NFP",
  SYM: 'SYM $ #',
  VERB: 'VB VBD VBG VBN VBP VBZ',
  X: 'FW LS ADD GW XX',
};

const PTB = new Map(
  Object.entries(FROM_PTB).flatMap(([upos, tags]) => tags.split(' ').map((tag) => [tag, upos] as const)),
);

const AUXILIARY = new Set(['aux', 'aux:pass', 'cop']);
const NOMINAL = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj', 'obl', 'nmod']);

/** The UPOS of a word tagged `tag` (UPOS or PTB) attached by `deprel`; an unknown tag is kept as is. */
export function udPos(tag: string, deprel: string): string {
  if (UPOS.has(tag)) return tag;
  const base = PTB.get(tag);
  if (!base) return tag;
  if (base === 'VERB' && AUXILIARY.has(deprel)) return 'AUX';
  if (tag === 'IN' && deprel === 'mark') return 'SCONJ';
  if (tag === 'TO' && deprel === 'case') return 'ADP';
  if (tag === 'WDT' && deprel === 'det') return 'DET';
  if (tag === 'DT' && NOMINAL.has(deprel)) return 'PRON';
  return base;
}

// Words that show an unknown capitalised name is a place, French and English (folded words).

/** "la ville de X", "the village of X", "la région de X": a place noun, then "de"/"of", then the name. */
export const PLACE_NOUNS = new Set(
  (
    'ville villes village villages localite localites commune communes bourgade district districts province ' +
    'provinces prefecture quartier quartiers region departement territoire town towns city cities county ' +
    'neighbourhood neighborhood suburb settlement hamlet municipality'
  ).split(' '),
);

/** "ses camps à X", "the base in X": installations whose location follows "à"/"in". */
export const SITE_NOUNS = new Set(
  (
    'camp camps base bases position positions caserne casernes poste postes garnison checkpoint barrage ' +
    'villageois habitants residents villagers'
  ).split(' '),
);

/** "au nord de X", "north of X", "près de X", "outskirts of X". */
export const NEAR_WORDS = new Set(
  (
    'nord sud est ouest north south east west northeast northwest southeast southwest pres proximite ' +
    'environs banlieue near outskirts abords'
  ).split(' '),
);

export const OF_WORDS = new Set(['de', 'du', 'd', 'of']);
export const AT_WORDS = new Set(['a', 'in', 'at']);
/** Separators of a list of places: "Goma, Bukavu et Masisi", "à X et à Y". */
export const LIST_JOINERS = new Set(['et', 'and', 'ou', 'or', 'a', 'in']);

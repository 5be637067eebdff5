// Boilerplate as data: patterns that mark navigation, teasers, widgets, bylines and captions in any
// article, in French and English. None of them names a story or a publisher.

/** Previous/next links and skip links. */
export const NAVIGATION_LINE =
  /^(prev|next|previous|pr[ée]c[ée]dent|suivant|article (pr[ée]c[ée]dent|suivant)|aller au contenu|skip to (main )?content|retour|back to top|haut de page)\b/i;

/** A heading that opens a block of teasers about other stories, comments or sharing widgets. */
export const TEASER_HEADING =
  /^(([àa] )?lire (aussi|[ée]galement)|[àa] voir aussi|voir aussi|read (also|more)|see also|related( articles| stories| content)?|sur le m[êe]me sujet|dans la m[êe]me rubrique|les plus lus|most read|derniers? articles?|dernier|latest( news)?|commentaires?|comments?|laisser un commentaire|leave a (reply|comment)|partager( cet article)?|share( this( article)?)?|tags?|mots[- ]cl[ée]s)\s*:?\s*$/i;

/** A teaser line: the heading followed by the title of another story on the same line. */
export const TEASER_LINE =
  /^(([àa] )?lire (aussi|[ée]galement)|[àa] voir aussi|voir aussi|read (also|more)|see also)\s*[:>»|-]/i;

/** Calls to act on the page: follow, subscribe, enable notifications, share, download. */
export const WIDGET_SENTENCE =
  /^(suivez|follow|activez|abonnez|inscrivez|subscribe|sign up|t[ée]l[ée]chargez|download|cliquez|click|partagez|share|retrouvez|find us)\b|\b(follow us|suivez-nous|google news|newsletter)\b/i;

/** Bylines, credits and captions. */
export const BYLINE_LINE =
  /^(par|by|(additional )?reporting by|editing by|writing by|la r[ée]daction|r[ée]daction|the editorial|avec afp|with afp|photo|cr[ée]dits?|credits?|©|source|sources|sur cette photo|on this photo|in this photo|illustration)\b/i;

/** Lines shorter than this many words and without closing punctuation are labels, not prose. */
export const MIN_PROSE_WORDS = 4;

/** Bylines and widgets are short; a long line that starts like one is prose. */
export const MAX_BYLINE_WORDS = 14;

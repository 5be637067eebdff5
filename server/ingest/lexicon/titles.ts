// Titles as data: role heads (folded words) with the role they give, in French and English. Longer heads
// come first so "secrétaire général" wins over "secrétaire".

export interface RoleHead {
  readonly words: readonly string[];
  readonly role: string;
}

const heads = (role: string, ...forms: string[]): RoleHead[] =>
  forms.map((f) => ({ words: f.split(' '), role }));

export const ROLE_HEADS: readonly RoleHead[] = [
  ...heads('Commander-in-Chief', 'commandant en chef', 'commander in chief', 'chef des armees'),
  ...heads(
    'Chief of Staff',
    'chef d etat major',
    'chef de l etat major',
    'chief of staff',
    'chief of the general staff',
  ),
  ...heads('Minister of Foreign Affairs', 'chef de la diplomatie', 'foreign minister', 'foreign secretary'),
  ...heads('Secretary of Defense', 'defense secretary', 'defence secretary', 'secretary of defense'),
  ...heads('Head of State', 'chef de l etat', 'head of state'),
  ...heads('Head of Government', 'chef du gouvernement', 'head of government'),
  ...heads('Press Secretary', 'attache de presse', 'press secretary', 'secretaire de presse'),
  ...heads('Secretary General', 'secretaire general', 'secretaire generale', 'secretary general'),
  ...heads('Secretary of State', 'secretaire d etat', 'secretary of state'),
  ...heads('Prime Minister', 'premier ministre', 'premiere ministre', 'prime minister', 'premier'),
  ...heads('Vice President', 'vice president', 'vice presidente'),
  ...heads('High Representative', 'haut representant', 'haute representante', 'high representative'),
  ...heads('Special Envoy', 'envoye special', 'envoyee speciale', 'special envoy', 'envoy', 'emissaire'),
  ...heads('Spokesperson', 'porte parole', 'spokesman', 'spokeswoman', 'spokesperson'),
  ...heads('President', 'president', 'presidente'),
  ...heads('Minister', 'ministre', 'minister'),
  ...heads('Secretary', 'secretary'),
  ...heads('Chancellor', 'chancelier', 'chanceliere', 'chancellor'),
  ...heads('Commander', 'commandant', 'commander', 'commandante'),
  ...heads('Chief', 'chef', 'chief', 'patron', 'head'),
  ...heads('King', 'roi', 'king'),
  ...heads('Queen', 'reine', 'queen'),
  ...heads('Ambassador', 'ambassadeur', 'ambassadrice', 'ambassador'),
  ...heads('Governor', 'gouverneur', 'gouverneure', 'governor'),
  ...heads('Mayor', 'maire', 'mayor'),
  ...heads('Adviser', 'conseiller', 'conseillere', 'adviser', 'advisor'),
  ...heads('Leader', 'dirigeant', 'dirigeante', 'leader'),
  ...heads('Director', 'directeur', 'directrice', 'director'),
  ...heads('Prosecutor', 'procureur', 'procureure', 'prosecutor'),
  ...heads('Negotiator', 'negociateur', 'negociatrice', 'negotiator'),
  ...heads('General', 'general', 'generale'),
  ...heads('Member of Parliament', 'depute', 'deputee', 'lawmaker', 'mp', 'parlementaire'),
  ...heads('Senator', 'senateur', 'senatrice', 'senator'),
  ...heads('Emir', 'emir'),
  ...heads('Crown Prince', 'prince heritier', 'crown prince'),
  ...heads('Commissioner', 'commissaire', 'commissioner'),
  ...heads('Prefect', 'prefet', 'prefete', 'prefect'),
  ...heads('Speaker', 'speaker', 'president de la chambre'),
  // "top Houthi official", "un haut responsable du Hamas": only with the body or country it serves.
  ...heads('Official', 'official', 'responsable', 'dignitaire'),
  ...heads('Counterpart', 'homologue', 'counterpart', 'collegue', 'colleague'),
];

/** A role head that names no post of its own: it needs a country or a body in the title. */
export const VAGUE_ROLES = new Set(['Official']);

/** Title words of local government: its country is that of the places around the title. */
export const LOCAL_TITLE_WORDS = new Set(
  (
    'governor gouverneur gouverneure mayor maire prefet prefete prefect administration regional regionale ' +
    'regionales municipal municipale city local locale provincial provinciale civil civile police oblast'
  ).split(' '),
);

/** Honorifics between a title and the name: "le président, Dr William Ruto", "Emir Sheikh Tamim". */
export const HONORIFICS = new Set('dr mr mrs ms m mme mlle sir sheikh cheikh me pr prof'.split(' '));

/** People named with these titles are not officials: journalists, photographers, experts. */
export const NON_OFFICIAL_HEADS = new Set([
  'journaliste',
  'journalist',
  'photographe',
  'photographer',
  'correspondant',
  'correspondante',
  'correspondent',
  'reporter',
  'redacteur',
  'redactrice',
  'editor',
  'editorialiste',
  'chroniqueur',
  'chroniqueuse',
  'columnist',
  'analyste',
  'analyst',
  'expert',
  'experte',
  'chercheur',
  'chercheuse',
  'researcher',
  'professeur',
  'professor',
  'avocat',
  'avocate',
  'lawyer',
  'ecrivain',
  'writer',
  'auteur',
  'author',
  'photo',
  'credit',
]);

/** Portfolios refine a role: "ministre de la Défense" → Minister of Defence. */
export const PORTFOLIOS: readonly RoleHead[] = [
  ...heads('Foreign Affairs', 'affaires etrangeres', 'foreign affairs', 'foreign'),
  ...heads('Defence', 'defense', 'defence', 'armees', 'forces armees'),
  ...heads('the Interior', 'interieur', 'interior', 'home'),
  ...heads('Finance', 'finances', 'finance', 'economie', 'treasury'),
  ...heads('Justice', 'justice'),
  ...heads('Energy', 'energie', 'energy'),
  ...heads('Trade', 'commerce', 'trade', 'commerce exterieur'),
  ...heads('Industry', 'industrie', 'industry', 'industries'),
  ...heads('Health', 'sante', 'health'),
  ...heads('Agriculture', 'agriculture'),
  ...heads('Transport', 'transports', 'transport'),
  ...heads('Education', 'education'),
  ...heads('Environment', 'environnement', 'environment'),
  ...heads('Infrastructure', 'infrastructures', 'infrastructure'),
];

/** Words that may sit inside a title between its head and the name. */
export const TITLE_FILLERS = new Set(
  (
    'de du des la le les l d s en of the and et a au aux to for pour ' +
    'armee armees army armed forces force forces etat major gouvernement government ministere ministry ' +
    'department departement conseil council national nationale securite security adjoint adjointe deputy ' +
    'delegue deleguee ancien ancienne former actuel actuelle current nouveau nouvelle new sortant outgoing ' +
    'en chef terre air marine navy ground staff general generale joint interim par ' +
    'commission europeenne europeen european parlement parliament banque bank centrale central union ' +
    'administration militaire militaires military regional regionale municipal municipale city ville local ' +
    'locale provincial provinciale civil civile protection exercice acting top senior haut haute principal ' +
    'policy politique intelligence renseignement police'
  ).split(' '),
);

/** Capitalised words that never start or end a person's name. */
export const NOT_A_NAME = new Set(
  (
    'le la les l un une des de du d the a an en in au aux et and mais but or ou ce cette ces this that these ' +
    'those il elle ils elles he she they we nous on selon according pour for lors apres after avant before ' +
    'depuis since dans with avec sur on par by mr mrs ms m mme monsieur madame sir dr lundi mardi mercredi ' +
    'jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday janvier fevrier ' +
    'mars avril mai juin juillet aout septembre octobre novembre decembre january february march april may ' +
    'june july august september october november december parallelement meanwhile however cependant ' +
    'commission conseil council parlement parliament assemblee assembly union cour court banque bank ministere ' +
    'ministry departement department agence agency organisation organization fonds fund comite committee parti ' +
    'party front office bureau forces army navy house senat senate congres congress kremlin elysee gouvernement ' +
    'government europeen europeenne european national nationale international internationale federal federale ' +
    'supreme republique republic royaume kingdom etat state etats states nations unies united'
  ).split(' '),
);

/** Lower-case particles inside a name: "Ursula von der Leyen", "Jean-Yves Le Drian". */
export const NAME_PARTICLES = new Set(
  'von van der den de da di du le la al el bin ben ibn abu dos das del'.split(' '),
);

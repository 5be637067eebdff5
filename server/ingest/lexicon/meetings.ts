// Meetings, calls and aid as data, French and English (folded words).

/** Meeting and call words; a connector ("avec", "with") or a direct object names the other side. */
export const MEETING_WORDS =
  /^(reunion|reunions|rencontre|rencontres|rencontree|rencontrees|reunis|retrouves|rencontrer|rencontrent|entretien|entretiens|entretenu|entretenus|appel|appele|telephone|telephonique|visioconference|recu|recoit|accueilli|meeting|meetings|met|meet|meets|call|called|phoned|talks|spoke|speaks|received|hosted|hosts|welcomed|welcomes|shakes|shook|shaking)$/;

/** Words that introduce the other party: "avec son homologue", "with the NATO chief". */
/** Verbs that make a meeting of the officials before them: "Biden et Zelensky se sont rencontrés", "X and Y met". */
export const MEETING_RECIPROCAL = /^(met|rencontres|rencontrees|entretenus|reunis|retrouves)$/;

export const MEETING_CONNECTORS = new Set(['avec', 'with', 'aupres']);

/** Events where the officials a sentence lists together meet: "X, Y and Z speak during a press conference". */
export const MEETING_EVENTS =
  /^(sommet|sommets|summit|summits|reunion|reunions|rencontre|rencontres|meeting|meetings|talks|entretien|entretiens|pourparlers|conference|conferences)$/;

/** "Le sommet a réuni X et Y", "the talks brought together X and Y": every official after the event noun. */
export const GATHER_VERBS =
  /^(reuni|reunit|reunira|reuniront|reunissant|reunissait|reunissaient|rassemble|rassemblait|gathered|brought|bringing|brings)$/;

/** "co-chaired by X and Y", "coprésidé par X et Y": the chairs of one event meet. */
export const COCHAIR_WORDS = /^(copreside|copresidee|copresides|copresidees|copresidait|cochaired|cohosted)$/;
export const COCHAIR_AFTER_CO =
  /^(chaired|chair|chairs|hosted|host|hosts|preside|presidee|presided|organised|organized)$/;

/** "X, aux côtés de Y et Z", "X alongside Y": officials standing together at one event. */
export const ALONGSIDE = /^(alongside|cotes|compagnie|presence)$/;
export const ALONGSIDE_BEFORE: Readonly<Record<string, readonly string[]>> = {
  cotes: ['aux'],
  compagnie: ['en'],
  presence: ['en', 'the'],
};

/** A meeting that did not or will not take place: "n'aura pas lieu", "was cancelled". */
export const NOT_HELD =
  /^(pas|not|never|jamais|aucun|aucune|annule|annulee|annulees|reporte|reportee|cancelled|canceled|postponed|refuse|refused|refuses)$/;

/** Plural descriptions of officials: "with the heads of government of Finland, Denmark and Norway". */
export const PLURAL_HEADS = new Set(
  'heads leaders dirigeants chefs ministres ministers presidents presidentes homologues counterparts premiers'.split(
    ' ',
  ),
);

/** Verbs that take the other party as object: "a rencontré Biden", "met Biden". */
export const MEETING_TRANSITIVE =
  /^(rencontrer|meet|rencontre|rencontree|recu|recoit|accueilli|met|meets|received|hosted|hosts|called|phoned)$/;

/** Aid words; the beneficiary follows "à", "to", "for". */
export const AID_WORDS =
  /^(aide|aides|soutien|soutiens|assistance|livraison|livraisons|fourniture|enveloppe|paquet|tranche|pret|prets|financement|financements|aid|support|supports|supported|package|loan|loans|funding|grant|grants|soutenir|soutient|soutiennent)$/;

/** Military goods: after a give verb ("fournir à Kiev des systèmes de défense aérienne") they make aid. */
export const MATERIEL_WORDS =
  /^(armes|armements|munitions|obus|chars|blindes|avions|chasseurs|missiles|systemes|equipements|materiel|drones|weapons|arms|ammunition|shells|tanks|aircraft|jets|fighter|systems|equipment|patriot|himars|f16)$/;

/** Verbs whose object is the country helped: "give Ukraine", "fournir à l'Ukraine". */
export const GIVE_VERB =
  /^(give|gives|giving|gave|provide|provides|provided|send|sends|sent|offer|offers|offered|donner|donne|donnera|fournir|fournit|fournira|fourni|accorder|accorde|verser|verse|envoyer|envoie|livrer|livre|allouer|alloue|pledged|promised|promis|promet)$/;

export const BENEFICIARY_WORDS = new Set(['a', 'au', 'aux', 'to', 'for', 'pour', 'envers']);

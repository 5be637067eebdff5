// Meetings, calls and aid as data, French and English (folded words).

/** Meeting and call words; a connector ("avec", "with") or a direct object names the other side. */
export const MEETING_WORDS =
  /^(reunion|reunions|rencontre|rencontres|rencontree|rencontrees|reunis|retrouves|rencontrer|rencontrent|entretien|entretiens|entretenu|entretenus|appel|appele|telephone|telephonique|visioconference|recu|recoit|accueilli|meeting|meetings|met|meet|meets|call|called|phoned|talks|spoke|speaks|received|hosted|hosts)$/;

/** Words that introduce the other party: "avec son homologue", "with the NATO chief". */
/** Verbs that make a meeting of the officials before them: "Biden et Zelensky se sont rencontrés", "X and Y met". */
export const MEETING_RECIPROCAL = /^(met|rencontres|rencontrees|entretenus|reunis|retrouves)$/;

export const MEETING_CONNECTORS = new Set(['avec', 'with', 'aupres']);

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

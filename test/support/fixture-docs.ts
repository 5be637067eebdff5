// Small hand-made documents for loader tests: two articles that share a fact and an entity. Written as
// newsgraph/1 (facts with sources) and read as newsgraph/2, each source becoming a claim.
import {
  type EntityRecord,
  FORMAT_V1,
  type GraphDocument,
  type MentionRecord,
  type RelationRecord,
  validateGraphDocument,
} from '../../schema/exchange.ts';

const entities: Record<string, EntityRecord> = {
  fr: { id: 'country:FR', type: 'Country', name: 'France', aliases: ['France'], properties: { iso2: 'FR' } },
  ua: {
    id: 'country:UA',
    type: 'Country',
    name: 'Ukraine',
    aliases: ['Ukraine'],
    properties: { iso2: 'UA' },
  },
  macron: {
    id: 'official:emmanuel-macron',
    type: 'Official',
    name: 'Emmanuel Macron',
    aliases: ['Macron'],
    properties: { role: 'President' },
  },
  zelensky: {
    id: 'official:volodymyr-zelensky',
    type: 'Official',
    name: 'Volodymyr Zelensky',
    aliases: ['Zelensky'],
    properties: { role: 'President' },
  },
  pact: {
    id: 'agreement:security-fr-ua-2024',
    type: 'Agreement',
    name: 'France–Ukraine security agreement',
    aliases: [],
    properties: { kind: 'security', status: 'signed', durationYears: 10 },
  },
};

/** One article: its text, the entities it names (found by their first word in the text) and its facts. */
export function articleDoc(
  id: string,
  text: string,
  names: (keyof typeof entities)[],
  facts: Omit<RelationRecord, 'sources' | 'properties' | 'confidence' | 'datePrecision' | 'date'>[],
): GraphDocument {
  const used = names.map((key) => entities[key]!);
  const mentions: MentionRecord[] = used.flatMap((entity) => {
    const word = entity.aliases[0] ?? entity.name.split(' ')[0]!;
    const start = text.indexOf(word);
    return start < 0
      ? []
      : [{ articleId: id, entityId: entity.id, start, end: start + word.length, text: word }];
  });
  const relations = facts.map((fact) => ({
    ...fact,
    date: '2024-02-16',
    datePrecision: 'day' as const,
    confidence: 0.9,
    properties: {},
    sources: [{ articleId: id, quote: text, start: 0, end: text.length }],
  }));
  return validateGraphDocument({
    format: FORMAT_V1,
    articles: [
      {
        id,
        title: `Article ${id}`,
        url: null,
        publisher: 'Test',
        publishedAt: '2024-02-17',
        language: 'en',
        text,
      },
    ],
    entities: used,
    relations,
    mentions,
  });
}

export const facts = {
  frParty: { id: 'rel:party-fr', type: 'PARTY_TO', from: 'country:FR', to: 'agreement:security-fr-ua-2024' },
  uaParty: { id: 'rel:party-ua', type: 'PARTY_TO', from: 'country:UA', to: 'agreement:security-fr-ua-2024' },
  met: {
    id: 'rel:met-macron-zelensky',
    type: 'MET',
    from: 'official:emmanuel-macron',
    to: 'official:volodymyr-zelensky',
  },
  zelenskyOf: {
    id: 'rel:official-zelensky-ua',
    type: 'OFFICIAL_OF',
    from: 'official:volodymyr-zelensky',
    to: 'country:UA',
  },
} as const;

export const articleA = (text = 'France and Ukraine signed a pact; Macron met Zelensky in Paris.') =>
  articleDoc(
    'a1',
    text,
    ['fr', 'ua', 'macron', 'zelensky', 'pact'],
    [facts.frParty, facts.uaParty, facts.met],
  );

export const articleB = () =>
  articleDoc(
    'b1',
    'Ukraine joined the pact, said President Zelensky.',
    ['ua', 'zelensky', 'pact'],
    [facts.uaParty, facts.zelenskyOf],
  );

/** Several one-article documents as one (entities deduplicated, relation sources concatenated). */
export function combine(...docs: GraphDocument[]): GraphDocument {
  const entityMap = new Map<string, EntityRecord>();
  const relationMap = new Map<string, RelationRecord>();
  for (const doc of docs) {
    for (const entity of doc.entities) entityMap.set(entity.id, entity);
    for (const relation of doc.relations) {
      const known = relationMap.get(relation.id);
      relationMap.set(
        relation.id,
        known ? { ...known, sources: [...known.sources, ...relation.sources] } : relation,
      );
    }
  }
  return validateGraphDocument({
    format: FORMAT_V1,
    articles: docs.flatMap((doc) => doc.articles),
    entities: [...entityMap.values()],
    relations: [...relationMap.values()],
    mentions: docs.flatMap((doc) => doc.mentions),
  });
}

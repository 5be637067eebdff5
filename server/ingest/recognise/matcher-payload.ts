import type { EntityType } from '../../../schema/graph-model.ts';

/** What a gazetteer alias stands for. */
export type MatcherPayload =
  | {
      readonly kind: 'entity';
      readonly entityId: string;
      readonly type: EntityType;
      /** A capital stands for its country or for the city, by context. */
      readonly via: 'name' | 'alias' | 'acronym' | 'capital';
    }
  | {
      readonly kind: 'demonym';
      readonly iso2: string;
      readonly language: 'fr' | 'en';
      /** A plural noun for the people ("Ukrainians"), not an adjective. */
      readonly people: boolean;
    };

import {
  type ArticleRecord,
  type ClaimRecord,
  type CorrectionRecord,
  type EntityRecord,
  FORMAT,
  type GraphDocument,
  type MentionRecord,
  type RelationRecord,
} from '../../../schema/exchange.ts';
import type { EntityType } from '../../../schema/graph-model.ts';
import { mergeEntity, mergeRelationValues, SourceSet } from './merge-records.ts';

/** Collects entities, relations and mentions, merging repeats by id, and writes them in a stable order. */
export class GraphBuilder {
  private readonly articles = new Map<string, ArticleRecord>();
  private readonly entities = new Map<string, EntityRecord>();
  private readonly relations = new Map<string, RelationRecord>();
  /** Each relation's sources, merged apart from its values (merge-records.ts). */
  private readonly sources = new Map<string, SourceSet>();
  private readonly mentions = new Map<string, MentionRecord>();
  private readonly claims = new Map<string, ClaimRecord>();
  private readonly corrections = new Map<string, CorrectionRecord>();
  /** The extraction stage now writing: the first to state a relation is its claims' rule. */
  stage: string | null = null;
  readonly rules = new Map<string, string>();

  addArticle(article: ArticleRecord): void {
    if (!this.articles.has(article.id)) this.articles.set(article.id, article);
  }

  addEntity(entity: EntityRecord): void {
    const current = this.entities.get(entity.id);
    this.entities.set(entity.id, current ? mergeEntity(current, entity) : mergeEntity(entity, entity));
  }

  nameOf(id: string): string | undefined {
    return this.entities.get(id)?.name;
  }

  typeOf(id: string): EntityType | undefined {
    return this.entities.get(id)?.type;
  }

  addRelation(relation: RelationRecord): void {
    const current = this.relations.get(relation.id);
    this.relations.set(relation.id, current ? mergeRelationValues(current, relation) : relation);
    const sources = this.sources.get(relation.id) ?? new SourceSet();
    sources.add(relation.sources);
    this.sources.set(relation.id, sources);
    if (this.stage && !this.rules.has(relation.id)) this.rules.set(relation.id, this.stage);
  }

  /** One claim per fact, article and quoted span. */
  addClaim(claim: ClaimRecord): void {
    this.claims.set(`${claim.about}|${claim.articleId}|${claim.start}|${claim.end}`, claim);
  }

  addCorrection(correction: CorrectionRecord): void {
    this.corrections.set(correction.id, correction);
  }

  addMention(mention: MentionRecord): void {
    this.mentions.set(`${mention.articleId}|${mention.start}|${mention.end}|${mention.entityId}`, mention);
  }

  toDocument(): GraphDocument {
    const byId = <T extends { id: string }>(a: T, b: T) => compare(a.id, b.id);
    return {
      format: FORMAT,
      articles: [...this.articles.values()].sort(byId),
      entities: [...this.entities.values()].sort(byId),
      relations: [...this.relations.values()]
        .map((relation) => ({ ...relation, sources: this.sources.get(relation.id)?.toList() ?? [] }))
        .sort(byId),
      mentions: [...this.mentions.values()].sort(
        (a, b) =>
          compare(a.articleId, b.articleId) ||
          a.start - b.start ||
          a.end - b.end ||
          compare(a.entityId, b.entityId),
      ),
      claims: [...this.claims.values()].sort(
        (a, b) =>
          compare(a.about, b.about) ||
          compare(a.articleId, b.articleId) ||
          a.start - b.start ||
          a.end - b.end,
      ),
      corrections: [...this.corrections.values()].sort(byId),
    };
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

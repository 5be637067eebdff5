import { addEntities } from './add-entities.ts';
import type { ArticleContext } from './article-context.ts';
import { emitAgreements } from './emit-agreements.ts';
import { emitAttacks } from './emit-attacks.ts';
import { findAgreements } from './relate-agreements.ts';
import { findAttacks } from './relate-attacks.ts';
import { relateGazetteer } from './relate-gazetteer.ts';
import { relateMeetings } from './relate-meetings.ts';
import { relateMembership } from './relate-membership.ts';
import { relateRoles } from './relate-roles.ts';
import { relateSupport } from './relate-support.ts';

export interface RelateStage {
  readonly name: string;
  /** Reads the article's context (sentences, mentions, trees) and writes to its graph builder. */
  readonly run: (ctx: ArticleContext) => void;
}

/**
 * The relation stages, in order. Entities first (every later stage may point at them), roles before
 * events (an official's country makes them a party), gazetteer facts last (they only fill in what the
 * text did not say).
 */
export const RELATE_STAGES: readonly RelateStage[] = [
  { name: 'entities', run: addEntities },
  { name: 'roles', run: relateRoles },
  { name: 'agreements', run: (ctx) => emitAgreements(ctx, findAgreements(ctx)) },
  { name: 'attacks', run: (ctx) => emitAttacks(ctx, findAttacks(ctx)) },
  { name: 'meetings', run: relateMeetings },
  { name: 'support', run: relateSupport },
  { name: 'memberships', run: relateMembership },
  { name: 'gazetteer', run: relateGazetteer },
];

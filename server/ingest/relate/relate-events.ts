import type { ArticleContext } from './article-context.ts';
import { emitAgreements } from './emit-agreements.ts';
import { emitAttacks } from './emit-attacks.ts';
import { findAgreements } from './relate-agreements.ts';
import { findAttacks } from './relate-attacks.ts';
import { relateMeetings } from './relate-meetings.ts';
import { relateMembership } from './relate-membership.ts';
import { relateSupport } from './relate-support.ts';

/** Agreements, attacks, meetings, aid and stated memberships: frames built from trigger words and their sentence. */
export function relateEvents(ctx: ArticleContext): void {
  emitAgreements(ctx, findAgreements(ctx));
  emitAttacks(ctx, findAttacks(ctx));
  relateMeetings(ctx);
  relateSupport(ctx);
  relateMembership(ctx);
}

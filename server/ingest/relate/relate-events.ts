import type { ArticleContext } from './article-context.ts';

/** Agreements, attacks, meetings and aid: frames built from trigger words and their sentence. */
export function relateEvents(_ctx: ArticleContext): void {}

import { AppError, excerpt } from '../../../schema/errors.ts';
import { type SearchHitRow, searchEntities } from '../../graph/queries/search.ts';
import { builder } from './builder.ts';
import { EntityRef } from './entity-ref.ts';
import { EntityTypeEnum } from './enums.ts';
import { boundedInt, MAX_PAGE } from './inputs.ts';

const SearchHitRef = builder.objectRef<SearchHitRow>('SearchHit').implement({
  fields: (t) => ({
    score: t.exposeFloat('score'),
    entity: t.field({ type: EntityRef, resolve: (hit) => hit.entity }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      'Full-text search over names and aliases, accent- and case-insensitive, typo-tolerant, ranked.',
    args: {
      query: t.arg.string({ required: true }),
      types: t.arg({ type: [EntityTypeEnum] }),
      first: t.arg.int({ defaultValue: 10 }),
    },
    resolve: (_root, args, ctx) => {
      if (args.query.length > 200) {
        throw new AppError(
          'BAD_USER_INPUT',
          `query is longer than 200 characters: "${excerpt(args.query, 40)}"`,
        );
      }
      const first = boundedInt('first', args.first, 10, 1, MAX_PAGE);
      return searchEntities(ctx.reader, args.query, args.types ?? null, first);
    },
  }),
);

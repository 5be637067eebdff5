import type { EntityType } from '../../../schema/graph-model.ts';
import { type EntityFilters, listEntities } from '../../graph/queries/list-entities.ts';
import { AgreementRef } from './agreement.ts';
import { AttackRef } from './attack.ts';
import { builder, type Context } from './builder.ts';
import { CountryRef } from './country.ts';
import { EntityRef } from './entity-ref.ts';
import { EntityTypeEnum } from './enums.ts';
import { isoDate } from './inputs.ts';
import { OfficialRef } from './official.ts';
import { paginateById } from './paginate.ts';

type PageArgs = {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
};

function page(ctx: Context, type: EntityType | null, args: PageArgs, filters: EntityFilters) {
  return paginateById(args, (p) => listEntities(ctx.reader, type, filters, p));
}

builder.queryFields((t) => ({
  entities: t.connection({
    type: EntityRef,
    args: { type: t.arg({ type: EntityTypeEnum }) },
    resolve: (_r, args, ctx) => page(ctx, args.type ?? null, args, {}),
  }),
  countries: t.connection({ type: CountryRef, resolve: (_r, args, ctx) => page(ctx, 'Country', args, {}) }),
  officials: t.connection({
    type: OfficialRef,
    args: { country: t.arg.string({ description: 'Graph id of a country or organisation.' }) },
    resolve: (_r, args, ctx) => page(ctx, 'Official', args, { country: args.country }),
  }),
  agreements: t.connection({
    type: AgreementRef,
    args: {
      party: t.arg.string(),
      signer: t.arg.string(),
      status: t.arg.string(),
      from: t.arg.string(),
      to: t.arg.string(),
    },
    resolve: (_r, args, ctx) =>
      page(ctx, 'Agreement', args, {
        party: args.party,
        signer: args.signer,
        status: args.status,
        from: isoDate('from', args.from),
        to: isoDate('to', args.to),
      }),
  }),
  attacks: t.connection({
    type: AttackRef,
    args: {
      attacker: t.arg.string(),
      target: t.arg.string(),
      weapon: t.arg.string(),
      from: t.arg.string(),
      to: t.arg.string(),
    },
    resolve: (_r, args, ctx) =>
      page(ctx, 'Attack', args, {
        attacker: args.attacker,
        target: args.target,
        weapon: args.weapon,
        from: isoDate('from', args.from),
        to: isoDate('to', args.to),
      }),
  }),
}));

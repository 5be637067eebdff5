// The arguments every fact-returning field takes to choose its view (server/graph/queries/fact-view.ts).
import type { ArgBuilder, SchemaTypes } from '@pothos/core';
import type { Modality } from '../../../schema/graph-model.ts';
import type { FactView } from '../../graph/queries/fact-view.ts';
import { ModalityEnum } from './enums.ts';
import { isoDate } from './inputs.ts';

export function factViewArgs<Types extends SchemaTypes>(arg: ArgBuilder<Types>) {
  return {
    modalities: arg({
      type: [ModalityEnum],
      description: 'Facts of these modalities; default asserted and claimed.',
    }),
    includeRejected: arg.boolean({ description: 'Also facts an analyst rejected.' }),
    knownAt: arg.string({
      description: 'The graph as its sources had published it by this day (YYYY, YYYY-MM or YYYY-MM-DD).',
    }),
    validAt: arg.string({ description: 'Only facts that had begun by this day and not ended.' }),
  };
}

export interface FactViewArgs {
  modalities?: readonly Modality[] | null;
  includeRejected?: boolean | null;
  knownAt?: string | null;
  validAt?: string | null;
}

export function toFactView(args: FactViewArgs): FactView {
  return {
    modalities: args.modalities ?? null,
    includeRejected: args.includeRejected ?? null,
    knownAt: isoDate('knownAt', args.knownAt),
    validAt: isoDate('validAt', args.validAt),
  };
}

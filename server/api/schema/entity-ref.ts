import type { EntityRow } from '../../graph/queries/rows.ts';
import { builder } from './builder.ts';

/** The Entity interface's ref; implemented in entity.ts. */
export const EntityRef = builder.interfaceRef<EntityRow>('Entity');

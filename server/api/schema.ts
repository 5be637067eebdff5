import { builder } from './builder.ts';
import './stats.ts';

// Type files register themselves on the builder when imported; this module fixes the order.
export const schema = builder.toSchema({ sortSchema: true });

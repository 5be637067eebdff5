import { createRequire } from 'node:module';
import type * as Tinyld from 'tinyld';

// tinyld builds its language profiles as it loads (0.1–0.2 s, most of a one-file extraction's own
// time), yet function words decide French and English prose without it: it is loaded on first use,
// through its CommonJS build so that the callers stay synchronous.
const require = createRequire(import.meta.url);
let loaded: typeof Tinyld | undefined;
const tinyld = (): typeof Tinyld => (loaded ??= require('tinyld') as typeof Tinyld);

/** tinyld's detect, loading tinyld on the first call. */
export const detect: typeof Tinyld.detect = (text, options) => tinyld().detect(text, options);

/** tinyld's detectAll, loading tinyld on the first call. */
export const detectAll: typeof Tinyld.detectAll = (text, options) => tinyld().detectAll(text, options);

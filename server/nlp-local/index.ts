export { type CoreNlpParserOptions, createCoreNlpParser } from './corenlp-parser.ts';
export { ensureNlpRuntime, type NlpRuntime } from './ensure-nlp-runtime.ts';
export { type LocalNlpStatus, localNlpStatus } from './local-nlp-status.ts';
export { type LocalNlpOptions, startLocalNlp } from './start-local-nlp.ts';
export type { LocalNlpState } from './state-file.ts';
export { stopLocalNlp } from './stop-local-nlp.ts';

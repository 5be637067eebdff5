// The extraction rules' version, recorded on every claim and in every article's fingerprint: raise it
// when a change to the rules should re-extract what is stored (the gazetteer's hash is added at run time).
export const EXTRACTOR_VERSION = 'newsgraph-extract/2.0.0';

// How lib/ is written, by the bundle (bundle.mjs) and the precompiled schema (compile-schema.mjs):
// without comments and line breaks, and with simpler syntax where it means the same (esbuild's
// whitespace and syntax minification; names are kept). Node reads and compiles less, and a check
// is about 4% faster. The bundle's source maps (lib/*.map, read only with --debug) put the stack
// trace of an internal error back in src/.
export const COMPACT = Object.freeze({ minifyWhitespace: true, minifySyntax: true });

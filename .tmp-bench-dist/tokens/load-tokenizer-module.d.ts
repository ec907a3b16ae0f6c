import type { LoadableTokenizerFamily } from './tokenizer-family.js';
import type { Tokenizer } from './tokenizer.js';
/**
 * Imports one family's tokenizer package. Every import is a literal dynamic `import()` so nothing
 * loads until first use, and bundlers can still see (and split out) each package.
 */
export declare function loadTokenizerModule(family: LoadableTokenizerFamily): Promise<Tokenizer>;

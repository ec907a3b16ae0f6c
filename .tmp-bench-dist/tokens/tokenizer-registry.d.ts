import { type LoadableTokenizerFamily, type TokenizerFamily } from './tokenizer-family.js';
import type { Tokenizer } from './tokenizer.js';
/** Loads (once) and returns the tokenizer for a family. */
export declare function loadTokenizer(family: LoadableTokenizerFamily): Promise<Tokenizer>;
/** The tokenizer for a family if it has already loaded; never triggers a load. */
export declare function getLoadedTokenizer(family: TokenizerFamily): Tokenizer | undefined;
/**
 * Loads the tokenizer a model (or family name) needs, so later `countTokensSync` calls are exact.
 * Resolves to the family; the heuristic family resolves immediately.
 */
export declare function preloadTokenizer(modelOrFamily: string): Promise<TokenizerFamily>;
/** Families whose tokenizer is in memory (the "nothing loads at import" tests read this). */
export declare function loadedTokenizerFamilies(): LoadableTokenizerFamily[];
/** Wall-clock time of each family's first load, for diagnostics and the benchmark. */
export declare function tokenizerLoadTimes(): Partial<Record<LoadableTokenizerFamily, number>>;

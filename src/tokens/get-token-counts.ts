import { estimateTokens } from './estimate-tokens.js';
import { type TokenizerFamily, tokenizerFamilyFor } from './tokenizer-family.js';
import { getLoadedTokenizer, loadTokenizer } from './tokenizer-registry.js';

/**
 * Counting API. Tokenizer packages are ESM modules of 2–14 MB, so they can only arrive through a
 * dynamic `import()` — which is asynchronous. Hence two entry points:
 *
 * - `getTokenCounts` (async): loads the model's tokenizer on first use, then counts exactly.
 * - `countTokensSync`: never waits; uses the tokenizer if it is already loaded, otherwise the
 *   CJK-aware estimate (and says so via `countTokensDetailedSync(...).estimated`). Hot paths
 *   (rate limiter, router) call `preloadTokenizer(model)` once at start-up and then stay sync.
 */

export interface TokenCountResult {
  tokens: number;
  family: TokenizerFamily;
  /** True when the heuristic produced the number (no tokenizer for the family, or not loaded yet). */
  estimated: boolean;
}

/** Exact-where-possible token count of `text` for `model`; loads the tokenizer on first use. */
export async function getTokenCounts(text: string, model: string): Promise<number> {
  return (await countTokensDetailed(text, model)).tokens;
}

export async function countTokensDetailed(text: string, model: string): Promise<TokenCountResult> {
  const family = tokenizerFamilyFor(model);
  if (family === 'estimate') return { tokens: estimateTokens(text), family, estimated: true };
  const tokenizer = await loadTokenizer(family);
  return { tokens: tokenizer.count(text), family, estimated: false };
}

/** Synchronous count: exact if the family's tokenizer is loaded, else the estimate. */
export function countTokensSync(text: string, model: string): number {
  return countTokensDetailedSync(text, model).tokens;
}

export function countTokensDetailedSync(text: string, model: string): TokenCountResult {
  const family = tokenizerFamilyFor(model);
  const tokenizer = getLoadedTokenizer(family);
  if (tokenizer) return { tokens: tokenizer.count(text), family, estimated: false };
  return { tokens: estimateTokens(text), family, estimated: true };
}

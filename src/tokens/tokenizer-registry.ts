import { loadTokenizerModule } from './load-tokenizer-module.js';
import { memoizeCount } from './memoize-count.js';
import type { Tokenizer } from './tokenizer.js';
import { type LoadableTokenizerFamily, TOKENIZER_FAMILIES, type TokenizerFamily, tokenizerFamilyFor } from './tokenizer-family.js';

/**
 * Process-wide cache of loaded tokenizers. Loading is expensive (0.1–2 s and up to ~350 MB for
 * Gemini's vocabulary), so nothing happens at import time: a family loads on its first async count
 * or on an explicit `preloadTokenizer`, exactly once even under concurrent callers.
 */
const loaded = new Map<LoadableTokenizerFamily, Tokenizer>();
const pending = new Map<LoadableTokenizerFamily, Promise<Tokenizer>>();
const loadTimesMs = new Map<LoadableTokenizerFamily, number>();

function isLoadable(family: TokenizerFamily): family is LoadableTokenizerFamily {
  return family !== 'estimate';
}

/** Loads (once) and returns the tokenizer for a family. */
export function loadTokenizer(family: LoadableTokenizerFamily): Promise<Tokenizer> {
  const ready = loaded.get(family);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(family);
  if (!promise) {
    const started = performance.now();
    promise = loadTokenizerModule(family).then(
      (raw) => {
        const tokenizer: Tokenizer = { family: raw.family, count: memoizeCount(raw.count) };
        loaded.set(family, tokenizer);
        loadTimesMs.set(family, performance.now() - started);
        pending.delete(family);
        return tokenizer;
      },
      (error: unknown) => {
        // Forget the failure so a later call can retry (e.g. after a transient import error).
        pending.delete(family);
        throw error;
      },
    );
    pending.set(family, promise);
  }
  return promise;
}

/** The tokenizer for a family if it has already loaded; never triggers a load. */
export function getLoadedTokenizer(family: TokenizerFamily): Tokenizer | undefined {
  return isLoadable(family) ? loaded.get(family) : undefined;
}

/**
 * Loads the tokenizer a model (or family name) needs, so later `countTokensSync` calls are exact.
 * Resolves to the family; the heuristic family resolves immediately.
 */
export async function preloadTokenizer(modelOrFamily: string): Promise<TokenizerFamily> {
  const family = (TOKENIZER_FAMILIES as readonly string[]).includes(modelOrFamily)
    ? (modelOrFamily as TokenizerFamily)
    : tokenizerFamilyFor(modelOrFamily);
  if (isLoadable(family)) await loadTokenizer(family);
  return family;
}

/** Families whose tokenizer is in memory (the "nothing loads at import" tests read this). */
export function loadedTokenizerFamilies(): LoadableTokenizerFamily[] {
  return [...loaded.keys()];
}

/** Wall-clock time of each family's first load, for diagnostics and the benchmark. */
export function tokenizerLoadTimes(): Partial<Record<LoadableTokenizerFamily, number>> {
  return Object.fromEntries(loadTimesMs);
}

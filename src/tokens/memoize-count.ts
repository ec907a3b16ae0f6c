/**
 * A gateway counts the same text over and over: every turn of a chat re-sends the whole history,
 * and system prompts and tool schemas repeat across requests. Counting is a pure function of the
 * text, so long texts are remembered (LRU, bounded by total characters). Short texts are cheaper
 * to count than to look up and are not cached.
 */
export interface CountCacheOptions {
  /** Texts shorter than this are counted directly. */
  minChars?: number;
  /** Upper bound on the characters held as keys (≈2 bytes each). */
  maxChars?: number;
}

export function memoizeCount(count: (text: string) => number, options: CountCacheOptions = {}): (text: string) => number {
  const minChars = options.minChars ?? 256;
  const maxChars = options.maxChars ?? 4_000_000;
  const cache = new Map<string, number>();
  let held = 0;
  return (text: string): number => {
    if (text.length < minChars || text.length > maxChars / 4) return count(text);
    const hit = cache.get(text);
    if (hit !== undefined) {
      // Re-insert to mark as most recently used (Map keeps insertion order).
      cache.delete(text);
      cache.set(text, hit);
      return hit;
    }
    const n = count(text);
    cache.set(text, n);
    held += text.length;
    for (const key of cache.keys()) {
      if (held <= maxChars) break;
      cache.delete(key);
      held -= key.length;
    }
    return n;
  };
}

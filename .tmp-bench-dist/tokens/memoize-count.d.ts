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
export declare function memoizeCount(count: (text: string) => number, options?: CountCacheOptions): (text: string) => number;

export interface TruncatedText {
    text: string;
    /** Tokens removed from the original (approximately what the marker reports). */
    removedTokens: number;
}
/** The marker left where text was cut; names how much went missing so the model knows. */
export declare function truncationMarker(removedTokens: number): string;
/**
 * Shortens `text` to at most `maxTokens` (as counted by `count`) by cutting out the middle: the
 * beginning usually states the task and the end holds the latest detail, so both are kept. The
 * cut is found by ratio-guided search (a few counts), not by decoding tokens, so it works with any
 * counter, including the estimate.
 */
export declare function truncateMiddle(text: string, maxTokens: number, count: (t: string) => number): TruncatedText;

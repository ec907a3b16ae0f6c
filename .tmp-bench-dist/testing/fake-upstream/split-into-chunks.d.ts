/**
 * Splits text into at most `maxChunks` pieces at spaces (each piece keeps its trailing space), so
 * streams look like real token streams while the concatenation stays exact. Few pieces keep the
 * benchmark cheap.
 */
export declare function splitIntoChunks(text: string, maxChunks?: number): string[];
/** Splits at fixed offsets regardless of content, like tool-argument deltas (`{"lo`, `cation":`). */
export declare function splitEvenly(text: string, pieces?: number): string[];

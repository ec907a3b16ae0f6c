/**
 * What the model id says about Gemini behaviour we must adapt to. Gemini 1.x/2.x take a token
 * `thinkingBudget` and do not validate thought signatures; Gemini 3 and later take `thinkingLevel`
 * and reject function calls replayed without a signature. Ids with no version (`gemini-pro-latest`,
 * `gemini-flash-latest`) point at current models, so they count as modern.
 */
export interface GeminiModelFamily {
    /** Gemini 1.x / 2.x. */
    legacy: boolean;
    /** A Gemini model (not Gemma or a tuned model with an opaque name). */
    gemini: boolean;
}
export declare function geminiModelFamily(model: string): GeminiModelFamily;

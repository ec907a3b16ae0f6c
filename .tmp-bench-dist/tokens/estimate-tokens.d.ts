/**
 * CJK-aware token estimate for models whose tokenizer is not shipped (GLM, Kimi, MiniMax, ERNIE,
 * Hunyuan, Doubao, Mistral, Grok, …) and for synchronous counts before a tokenizer has loaded.
 *
 * "Characters ÷ 4" is badly wrong for Chinese: a Han character costs roughly 0.5–1.5 tokens
 * depending on the vocabulary, while an English word costs little more than one. So the text is
 * split into character classes and each class gets its own weight. The weights target modern
 * large-vocabulary tokenizers (DeepSeek V3, Qwen3, o200k — the kind GLM/Kimi/MiniMax also use) and
 * were checked against them on `__fixtures__/mixed-zh-en.txt`; docs/tokens.md has the error table.
 */
/** Per-class weights; exported for the calibration test, not part of the public API. */
export declare const ESTIMATE_WEIGHTS: {
    /** Tokens per Han character (CJK ideographs). */
    readonly han: 0.65;
    /** Tokens per kana character. */
    readonly kana: 0.8;
    /** Tokens per Hangul syllable. */
    readonly hangul: 0.75;
    /** Tokens per CJK / full-width punctuation mark (，。「」《》…). */
    readonly cjkPunctuation: 1;
    /** Letters an ASCII word carries "for free" before it starts costing extra tokens. */
    readonly wordFreeLetters: 6;
    /** Extra tokens per letter beyond `wordFreeLetters`. */
    readonly wordExtraPerLetter: 0.26;
    /** Tokens per digit (GPT groups digits by three, Qwen/Gemma split every digit). */
    readonly digit: 0.8;
    /** First character of an ASCII punctuation run, then each further one. */
    readonly punctuationFirst: 0.9;
    readonly punctuationNext: 0.3;
    /** A whitespace run containing a line break. */
    readonly newlineRun: 0.8;
    /** A run of two or more spaces/tabs without a line break (indentation, alignment). */
    readonly spaceRun: 0.6;
    /** Tokens per letter of non-ASCII, non-CJK scripts (accented Latin, Cyrillic, Greek, …). */
    readonly otherLetter: 0.45;
    /** Tokens per emoji / pictograph (byte-level BPE usually needs 1–3). */
    readonly emoji: 1.8;
    /** Any other symbol. */
    readonly symbol: 1;
};
/** Estimated token count of `text`; deterministic, allocation-light, ~linear in length. */
export declare function estimateTokens(text: string): number;

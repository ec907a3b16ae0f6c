/** Plausible token counts without a tokenizer: about four characters per token, never zero for text. */
export function estimateTokens(chars) {
    return chars <= 0 ? 0 : Math.ceil(chars / 4);
}
//# sourceMappingURL=estimate-tokens.js.map
import { estimateTokens } from './estimate-tokens.js';
import { tokenizerFamilyFor } from './tokenizer-family.js';
import { getLoadedTokenizer, loadTokenizer } from './tokenizer-registry.js';
/** Exact-where-possible token count of `text` for `model`; loads the tokenizer on first use. */
export async function getTokenCounts(text, model) {
    return (await countTokensDetailed(text, model)).tokens;
}
export async function countTokensDetailed(text, model) {
    const family = tokenizerFamilyFor(model);
    if (family === 'estimate')
        return { tokens: estimateTokens(text), family, estimated: true };
    const tokenizer = await loadTokenizer(family);
    return { tokens: tokenizer.count(text), family, estimated: false };
}
/** Synchronous count: exact if the family's tokenizer is loaded, else the estimate. */
export function countTokensSync(text, model) {
    return countTokensDetailedSync(text, model).tokens;
}
export function countTokensDetailedSync(text, model) {
    const family = tokenizerFamilyFor(model);
    const tokenizer = getLoadedTokenizer(family);
    if (tokenizer)
        return { tokens: tokenizer.count(text), family, estimated: false };
    return { tokens: estimateTokens(text), family, estimated: true };
}
//# sourceMappingURL=get-token-counts.js.map
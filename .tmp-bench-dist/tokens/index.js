/**
 * Token counting: per-family tokenizers (lazy-loaded), the CJK-aware estimate, message/tool/image
 * accounting and message normalisation. Importing this module loads no tokenizer.
 */
export { TOKENIZER_FAMILIES, TOKENIZER_FAMILY_INFO, normaliseModelId, tokenizerFamilyFor, } from './tokenizer-family.js';
export { getLoadedTokenizer, loadTokenizer, loadedTokenizerFamilies, preloadTokenizer, tokenizerLoadTimes, } from './tokenizer-registry.js';
export { estimateTokens } from './estimate-tokens.js';
export { countTokensDetailed, countTokensDetailedSync, countTokensSync, getTokenCounts, } from './get-token-counts.js';
export { countMessageTokens, countMessageTokensSync, getMessageTokenCounts, measureMessages, } from './count-message-tokens.js';
export { formatMessages } from './format-messages.js';
export { readImageSize } from './image-size.js';
export { DEFAULT_IMAGE_SIZE, imageTokens } from './image-tokens.js';
export { openAIImageTokens } from './openai-image-tokens.js';
export { claudeImageTokens, claudeResizedSize } from './anthropic-image-tokens.js';
export { GEMINI_MEDIA_RESOLUTION_TOKENS, geminiImageTokens } from './gemini-image-tokens.js';
export { renderToolsAsJson, renderToolsAsTypeScript } from './render-tool-schemas.js';
//# sourceMappingURL=index.js.map
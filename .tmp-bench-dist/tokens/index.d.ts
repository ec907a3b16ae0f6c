/**
 * Token counting: per-family tokenizers (lazy-loaded), the CJK-aware estimate, message/tool/image
 * accounting and message normalisation. Importing this module loads no tokenizer.
 */
export { TOKENIZER_FAMILIES, TOKENIZER_FAMILY_INFO, normaliseModelId, tokenizerFamilyFor, type LoadableTokenizerFamily, type TokenizerFamily, type TokenizerFamilyInfo, } from './tokenizer-family.js';
export type { Tokenizer } from './tokenizer.js';
export { getLoadedTokenizer, loadTokenizer, loadedTokenizerFamilies, preloadTokenizer, tokenizerLoadTimes, } from './tokenizer-registry.js';
export { estimateTokens } from './estimate-tokens.js';
export { countTokensDetailed, countTokensDetailedSync, countTokensSync, getTokenCounts, type TokenCountResult, } from './get-token-counts.js';
export { countMessageTokens, countMessageTokensSync, getMessageTokenCounts, measureMessages, type MessageTokenBreakdown, type MessageTokenOptions, } from './count-message-tokens.js';
export { formatMessages, type FormatMessagesOptions } from './format-messages.js';
export { readImageSize, type ImageFormat, type ImageSize } from './image-size.js';
export { DEFAULT_IMAGE_SIZE, imageTokens, type ImageTokenInput } from './image-tokens.js';
export { openAIImageTokens, type ImageDetail } from './openai-image-tokens.js';
export { claudeImageTokens, claudeResizedSize } from './anthropic-image-tokens.js';
export { GEMINI_MEDIA_RESOLUTION_TOKENS, geminiImageTokens } from './gemini-image-tokens.js';
export { renderToolsAsJson, renderToolsAsTypeScript } from './render-tool-schemas.js';

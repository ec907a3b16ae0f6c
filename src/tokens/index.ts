/**
 * Token counting: per-family tokenizers (lazy-loaded), the CJK-aware estimate, message/tool/image
 * accounting and message normalisation. Importing this module loads no tokenizer.
 */

export { claudeImageTokens, claudeResizedSize } from './anthropic-image-tokens.js';
export {
  countMessageTokens,
  countMessageTokensSync,
  getMessageTokenCounts,
  type MessageTokenBreakdown,
  type MessageTokenOptions,
  measureMessages,
} from './count-message-tokens.js';
export { estimateTokens } from './estimate-tokens.js';
export { type FormatMessagesOptions, formatMessages } from './format-messages.js';
export { GEMINI_MEDIA_RESOLUTION_TOKENS, geminiImageTokens } from './gemini-image-tokens.js';
export {
  countTokensDetailed,
  countTokensDetailedSync,
  countTokensSync,
  getTokenCounts,
  type TokenCountResult,
} from './get-token-counts.js';
export { type ImageFormat, type ImageSize, readImageSize } from './image-size.js';
export { DEFAULT_IMAGE_SIZE, type ImageTokenInput, imageTokens } from './image-tokens.js';
export { type ImageDetail, openAIImageTokens } from './openai-image-tokens.js';
export { renderToolsAsJson, renderToolsAsTypeScript } from './render-tool-schemas.js';
export type { Tokenizer } from './tokenizer.js';
export {
  type LoadableTokenizerFamily,
  normaliseModelId,
  TOKENIZER_FAMILIES,
  TOKENIZER_FAMILY_INFO,
  type TokenizerFamily,
  type TokenizerFamilyInfo,
  tokenizerFamilyFor,
} from './tokenizer-family.js';
export {
  getLoadedTokenizer,
  loadedTokenizerFamilies,
  loadTokenizer,
  preloadTokenizer,
  tokenizerLoadTimes,
} from './tokenizer-registry.js';

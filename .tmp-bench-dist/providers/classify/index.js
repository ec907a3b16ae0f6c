/**
 * Shared error-classification helpers: envelope parsing, English/Chinese message patterns, status
 * fallbacks. Provider adapters combine these with their own code tables.
 */
export { CHINESE_ERROR_PATTERNS, classifyChineseMessage } from './chinese-error-patterns.js';
export { classifyErrorMessage, MESSAGE_KIND_ORDER, STRONG_MESSAGE_KINDS } from './classify-error-message.js';
export { classifyEnglishMessage, ENGLISH_ERROR_PATTERNS } from './english-error-patterns.js';
export { isRecord, readCount, readNumber, readString } from './json-guards.js';
export { kindFromStatus } from './kind-from-status.js';
export { maskSecrets } from './mask-secrets.js';
export { parseErrorBody } from './parse-error-body.js';
export { parseResetTime } from './parse-reset-time.js';
export { requestIdFromHeaders } from './request-id-from-headers.js';
export { retryDelayFromDetails } from './retry-delay-from-details.js';
export { statusForKind } from './status-for-kind.js';
export { tryParseJson } from './try-parse-json.js';
//# sourceMappingURL=index.js.map
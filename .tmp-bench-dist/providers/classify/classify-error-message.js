import { CHINESE_ERROR_PATTERNS, HAS_CJK } from './chinese-error-patterns.js';
import { ENGLISH_ERROR_PATTERNS } from './english-error-patterns.js';
/** Long bodies (HTML pages, stack traces) add cost but no signal past the first lines. */
const MAX_SCAN = 1000;
/**
 * Priority of message kinds. A message naming a rate limit wins over one that also mentions
 * credits ("Rate limit exceeded: free-models-per-day. Add 10 credits…"); Zhipu 1302's "并发数过高…
 * 增加限额" is a rate limit although it mentions a limit; quota wins over context.
 */
export const MESSAGE_KIND_ORDER = [
    'rate_limit',
    'quota_exhausted',
    'context_length',
    'content_policy',
    'permission',
    'auth',
    'not_found',
    'overloaded',
];
/**
 * Kinds a message alone may assert even against the HTTP status. The rest (auth, not_found,
 * permission, overloaded) are only trusted when the status is uninformative (400/422/500/200),
 * because generic words such as "not found" or "try again later" appear in unrelated errors.
 */
export const STRONG_MESSAGE_KINDS = new Set([
    'rate_limit',
    'quota_exhausted',
    'context_length',
    'content_policy',
]);
/**
 * Classifies an upstream error message by its wording, English and Chinese together, so a strong
 * Chinese signal (余额不足) beats a weak English one ("API key") in the same message.
 */
export function classifyErrorMessage(message) {
    if (!message)
        return undefined;
    const text = message.length > MAX_SCAN ? message.slice(0, MAX_SCAN) : message;
    const cjk = HAS_CJK.test(text);
    for (const kind of MESSAGE_KIND_ORDER) {
        if (ENGLISH_ERROR_PATTERNS[kind]?.test(text))
            return kind;
        if (cjk && CHINESE_ERROR_PATTERNS[kind]?.test(text))
            return kind;
    }
    return undefined;
}
//# sourceMappingURL=classify-error-message.js.map
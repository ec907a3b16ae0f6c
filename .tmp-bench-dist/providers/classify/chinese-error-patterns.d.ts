import type { ErrorKind } from '../../spec/error-kind.js';
/**
 * Chinese error-message patterns used by domestic providers (and proxies in front of them), as a
 * shared fallback when a body carries no code we know. One precompiled regex per kind.
 */
export declare const CHINESE_ERROR_PATTERNS: Readonly<Partial<Record<ErrorKind, RegExp>>>;
/** Fast pre-check: only messages with CJK characters are worth scanning. */
export declare const HAS_CJK: RegExp;
/**
 * Classifies a Chinese error message (请求过于频繁 → rate_limit, 余额不足 / 已欠费 → quota_exhausted,
 * 敏感 → content_policy, 上下文过长 → context_length …). Reusable by any adapter.
 */
export declare function classifyChineseMessage(message: string, order?: readonly ErrorKind[]): ErrorKind | undefined;

import type { ErrorKind } from '../../spec/error-kind.js';
/**
 * Priority of message kinds. A message naming a rate limit wins over one that also mentions
 * credits ("Rate limit exceeded: free-models-per-day. Add 10 credits…"); Zhipu 1302's "并发数过高…
 * 增加限额" is a rate limit although it mentions a limit; quota wins over context.
 */
export declare const MESSAGE_KIND_ORDER: readonly ErrorKind[];
/**
 * Kinds a message alone may assert even against the HTTP status. The rest (auth, not_found,
 * permission, overloaded) are only trusted when the status is uninformative (400/422/500/200),
 * because generic words such as "not found" or "try again later" appear in unrelated errors.
 */
export declare const STRONG_MESSAGE_KINDS: ReadonlySet<ErrorKind>;
/**
 * Classifies an upstream error message by its wording, English and Chinese together, so a strong
 * Chinese signal (余额不足) beats a weak English one ("API key") in the same message.
 */
export declare function classifyErrorMessage(message: string | undefined): ErrorKind | undefined;

import type { ErrorKind } from '../spec/error-kind.js';
/** What the resilience layer needs to know about any thrown value. */
export interface ClassifiedError {
    kind: ErrorKind;
    status?: number;
    code?: string;
    message: string;
    retryAfterMs?: number;
}
/**
 * Classifies anything thrown by user code or an SDK: our LLMError as is; official SDK errors
 * (openai, @anthropic-ai/sdk, @google/genai) by `status`, `code`/`type` and their `headers`
 * (a `Headers` object or a plain record) for Retry-After; AbortError / TimeoutError DOMExceptions;
 * Node/undici network codes. Unknown errors are `server` (retryable, trips breakers) — safer than
 * silently treating an unknown failure as the caller's fault.
 */
export declare function classifyError(err: unknown, now?: number): ClassifiedError;
/** Accepts a WHATWG `Headers`, a Map-like with `get`, or a plain object; names lower-cased. */
export declare function headersToRecord(headers: unknown): Record<string, string> | undefined;

import { type JsonRecord } from './json-guards.js';
/** Which envelope an error body used; picks vendor tables (MiniMax `base_resp`, SiliconFlow code). */
export type ErrorEnvelope = 
/** `{error:{message,type,code,…}}` — OpenAI and most compatible vendors, Anthropic, Gemini. */
'error_object'
/** `{error:"Too many requests"}` / `{code:"…",error:"…"}` — xAI. */
 | 'error_string'
/** `{base_resp:{status_code,status_msg}}` — MiniMax. */
 | 'base_resp'
/** `{code:<int>,message,data}` — SiliconFlow, legacy Zhipu. */
 | 'code_message'
/** `{error_code,error_msg}` — Baidu v1. */
 | 'error_code'
/** `{object:"error",message,type}` or `{message}` — Mistral and plain servers. */
 | 'flat' | 'text' | 'empty';
/** The normalised fields of any provider error body. */
export interface ErrorFields {
    envelope: ErrorEnvelope;
    /** The most specific vendor code, as a string (`insufficient_quota`, `1302`, `Throttling.RateQuota`). */
    code?: string;
    /** The category (`rate_limit_error`, `RESOURCE_EXHAUSTED`, Ernie `rate_limit_exceeded`). */
    type?: string;
    message?: string;
    /** An HTTP-like status carried in the body (OpenRouter / llama.cpp / Gemini `error.code: 429`). */
    status?: number;
    requestId?: string;
    /** OpenRouter `error.metadata`. */
    metadata?: JsonRecord;
    /** Google-style `error.details` (RetryInfo, ErrorInfo). */
    details?: unknown[];
}
/**
 * Reads code, type, message and status from every error envelope we know, without trusting any
 * field's type. `body` is the parsed JSON (or undefined); `text` the raw body for non-JSON errors.
 */
export declare function parseErrorBody(body: unknown, text?: string): ErrorFields;

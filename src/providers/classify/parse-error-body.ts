import { isRecord, type JsonRecord, readNumber, readString } from './json-guards.js';

/** Which envelope an error body used; picks vendor tables (MiniMax `base_resp`, SiliconFlow code). */
export type ErrorEnvelope =
  /** `{error:{message,type,code,…}}` — OpenAI and most compatible vendors, Anthropic, Gemini. */
  | 'error_object'
  /** `{error:"Too many requests"}` / `{code:"…",error:"…"}` — xAI. */
  | 'error_string'
  /** `{base_resp:{status_code,status_msg}}` — MiniMax. */
  | 'base_resp'
  /** `{code:<int>,message,data}` — SiliconFlow, legacy Zhipu. */
  | 'code_message'
  /** `{error_code,error_msg}` — Baidu v1. */
  | 'error_code'
  /** `{object:"error",message,type}` or `{message}` — Mistral and plain servers. */
  | 'flat'
  | 'text'
  | 'empty';

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

const MAX_TEXT = 500;

/**
 * Reads code, type, message and status from every error envelope we know, without trusting any
 * field's type. `body` is the parsed JSON (or undefined); `text` the raw body for non-JSON errors.
 */
export function parseErrorBody(body: unknown, text = ''): ErrorFields {
  const root = Array.isArray(body) ? body[0] : body; // Gemini's compat layer wraps errors in an array
  if (!isRecord(root)) {
    const trimmed = text.trim();
    if (trimmed === '') return { envelope: 'empty' };
    return { envelope: 'text', message: trimmed.length > MAX_TEXT ? trimmed.slice(0, MAX_TEXT) : trimmed };
  }
  const requestId = readString(root.request_id) ?? readString(root.requestId);

  const error = root.error;
  if (isRecord(error)) {
    const fields: ErrorFields = { envelope: 'error_object' };
    setCode(fields, error.code);
    const innerCode = isRecord(error.innererror) ? readString(error.innererror.code) : undefined;
    if (fields.code === undefined && innerCode) fields.code = innerCode;
    fields.type = readString(error.type) ?? readString(error.status);
    fields.message = readString(error.message) ?? readString(error.msg);
    fields.requestId = requestId ?? readString(error.request_id);
    if (isRecord(error.metadata)) fields.metadata = error.metadata;
    if (Array.isArray(error.details)) fields.details = error.details;
    if (fields.status === undefined) fields.status = readNumber(error.status) ?? readNumber(error.http_status);
    return fields;
  }
  if (typeof error === 'string') {
    // xAI `{code:"…",error:"…"}`; legacy Moonshot `{code:5,error:"url.not_found",message:"…"}`.
    const message = readString(root.message);
    const fields: ErrorFields = { envelope: 'error_string', requestId };
    setCode(fields, root.code);
    if (message !== undefined) {
      fields.type = error;
      fields.message = message;
    } else {
      fields.message = error;
    }
    return fields;
  }

  const baseResp = root.base_resp;
  if (isRecord(baseResp)) {
    const statusCode = readNumber(baseResp.status_code);
    if (statusCode !== undefined && statusCode !== 0) {
      return {
        envelope: 'base_resp',
        code: String(statusCode),
        message: readString(baseResp.status_msg),
        requestId: requestId ?? readString(root.trace_id),
      };
    }
  }

  if (root.error_code !== undefined) {
    const fields: ErrorFields = { envelope: 'error_code', requestId };
    setCode(fields, root.error_code);
    fields.message = readString(root.error_msg) ?? readString(root.message);
    return fields;
  }

  const message = readString(root.message) ?? readString(root.msg) ?? readString(root.detail);
  if (root.code !== undefined && root.code !== 0 && root.code !== '0' && root.code !== null) {
    const fields: ErrorFields = { envelope: 'code_message', requestId, message };
    setCode(fields, root.code);
    fields.type = readString(root.type);
    return fields;
  }
  if (message !== undefined || root.object === 'error') {
    return { envelope: 'flat', type: readString(root.type), message, requestId, code: readString(root.code) };
  }
  return { envelope: 'empty', requestId };
}

/** Numeric codes that look like HTTP statuses are statuses (OpenRouter, llama.cpp, Gemini). */
function setCode(fields: ErrorFields, code: unknown): void {
  if (typeof code === 'number' && Number.isFinite(code)) {
    if (code >= 100 && code <= 599) fields.status = code;
    else fields.code = String(code);
  } else if (typeof code === 'string' && code !== '') {
    fields.code = code;
  }
}

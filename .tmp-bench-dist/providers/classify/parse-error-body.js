import { isRecord, readNumber, readString } from './json-guards.js';
const MAX_TEXT = 500;
/**
 * Reads code, type, message and status from every error envelope we know, without trusting any
 * field's type. `body` is the parsed JSON (or undefined); `text` the raw body for non-JSON errors.
 */
export function parseErrorBody(body, text = '') {
    const root = Array.isArray(body) ? body[0] : body; // Gemini's compat layer wraps errors in an array
    if (!isRecord(root)) {
        const trimmed = text.trim();
        if (trimmed === '')
            return { envelope: 'empty' };
        return { envelope: 'text', message: trimmed.length > MAX_TEXT ? trimmed.slice(0, MAX_TEXT) : trimmed };
    }
    const requestId = readString(root.request_id) ?? readString(root.requestId);
    const error = root.error;
    if (isRecord(error)) {
        const fields = { envelope: 'error_object' };
        setCode(fields, error.code);
        const innerCode = isRecord(error.innererror) ? readString(error.innererror.code) : undefined;
        if (fields.code === undefined && innerCode)
            fields.code = innerCode;
        fields.type = readString(error.type) ?? readString(error.status);
        fields.message = readString(error.message) ?? readString(error.msg);
        fields.requestId = requestId ?? readString(error.request_id);
        if (isRecord(error.metadata))
            fields.metadata = error.metadata;
        if (Array.isArray(error.details))
            fields.details = error.details;
        if (fields.status === undefined)
            fields.status = readNumber(error.status) ?? readNumber(error.http_status);
        return fields;
    }
    if (typeof error === 'string') {
        // xAI `{code:"…",error:"…"}`; legacy Moonshot `{code:5,error:"url.not_found",message:"…"}`.
        const message = readString(root.message);
        const fields = { envelope: 'error_string', requestId };
        setCode(fields, root.code);
        if (message !== undefined) {
            fields.type = error;
            fields.message = message;
        }
        else {
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
        const fields = { envelope: 'error_code', requestId };
        setCode(fields, root.error_code);
        fields.message = readString(root.error_msg) ?? readString(root.message);
        return fields;
    }
    const message = readString(root.message) ?? readString(root.msg) ?? readString(root.detail);
    if (root.code !== undefined && root.code !== 0 && root.code !== '0' && root.code !== null) {
        const fields = { envelope: 'code_message', requestId, message };
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
function setCode(fields, code) {
    if (typeof code === 'number' && Number.isFinite(code)) {
        if (code >= 100 && code <= 599)
            fields.status = code;
        else
            fields.code = String(code);
    }
    else if (typeof code === 'string' && code !== '') {
        fields.code = code;
    }
}
//# sourceMappingURL=parse-error-body.js.map
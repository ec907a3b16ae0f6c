import { isRecord } from '../classify/json-guards.js';
import { parseErrorBody } from '../classify/parse-error-body.js';
/**
 * Errors hidden in an HTTP 200 body or an SSE data object: `{error:{…}}` (OpenRouter after the
 * model started, DashScope output inspection, DeepSeek/Moonshot stream failures), `{error:"…"}`,
 * MiniMax `base_resp.status_code != 0`, and choice-less `{code,message}` bodies. Returns undefined
 * for a normal completion or chunk.
 */
export function findBodyError(body) {
    if (!isRecord(body))
        return undefined;
    const error = body.error;
    if (typeof error === 'string' && error !== '')
        return parseErrorBody(body);
    if (isRecord(error) && (error.message !== undefined || error.code !== undefined || error.type !== undefined)) {
        return parseErrorBody(body);
    }
    const baseResp = body.base_resp;
    if (isRecord(baseResp) && typeof baseResp.status_code === 'number' && baseResp.status_code !== 0) {
        return parseErrorBody(body);
    }
    if (body.choices === undefined && (body.error_code !== undefined || (body.code !== undefined && body.code !== 0 && body.code !== null))) {
        const fields = parseErrorBody(body);
        return fields.envelope === 'empty' ? undefined : fields;
    }
    return undefined;
}
//# sourceMappingURL=find-body-error.js.map
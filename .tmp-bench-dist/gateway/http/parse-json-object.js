import { GatewayHttpError } from './http-error.js';
/** Parses a request body as a JSON object. Empty, malformed and non-object bodies are 400s saying what is wrong. */
export function parseJsonObject(buf) {
    if (buf.length === 0) {
        throw new GatewayHttpError({
            status: 400,
            type: 'invalid_request_error',
            code: 'missing_body',
            message: 'request body is empty; expected a JSON object',
        });
    }
    let value;
    try {
        value = JSON.parse(buf.toString('utf8'));
    }
    catch (err) {
        throw new GatewayHttpError({
            status: 400,
            type: 'invalid_request_error',
            code: 'invalid_json',
            message: `request body is not valid JSON: ${err.message}`,
        });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
        throw new GatewayHttpError({
            status: 400,
            type: 'invalid_request_error',
            code: 'invalid_body',
            message: `request body must be a JSON object, got ${got}`,
        });
    }
    return value;
}
//# sourceMappingURL=parse-json-object.js.map
import { type ErrorFields } from '../classify/parse-error-body.js';
/**
 * Errors hidden in an HTTP 200 body or an SSE data object: `{error:{…}}` (OpenRouter after the
 * model started, DashScope output inspection, DeepSeek/Moonshot stream failures), `{error:"…"}`,
 * MiniMax `base_resp.status_code != 0`, and choice-less `{code,message}` bodies. Returns undefined
 * for a normal completion or chunk.
 */
export declare function findBodyError(body: unknown): ErrorFields | undefined;

import { classifyAnthropicError } from '../anthropic/classify-anthropic-error.js';
import { isRecord } from '../classify/json-guards.js';
import { tryParseJson } from '../classify/try-parse-json.js';
import { classifyGeminiError } from '../gemini/classify-gemini-error.js';
/**
 * Vertex answers in two shapes: the Google error model (`{"error":{"code","message","status"}}`,
 * from the platform: auth, quota, routing) for every model, and the Anthropic shape
 * (`{"type":"error","error":{"type":"overloaded_error",…}}`) from Claude itself on rawPredict.
 * The body decides which classifier applies; Google's is the default.
 */
export function classifyVertexError(response, provider) {
    const parsed = tryParseJson(response.bodyText);
    const root = Array.isArray(parsed) ? parsed[0] : parsed;
    const error = isRecord(root) && isRecord(root.error) ? root.error : undefined;
    const anthropicShape = isRecord(root) && (root.type === 'error' || (typeof error?.type === 'string' && error.status === undefined));
    return anthropicShape ? classifyAnthropicError(response, provider) : classifyGeminiError(response, provider);
}
//# sourceMappingURL=classify-vertex-error.js.map
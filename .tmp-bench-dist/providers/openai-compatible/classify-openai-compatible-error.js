import { parseErrorBody } from '../classify/parse-error-body.js';
import { tryParseJson } from '../classify/try-parse-json.js';
import { classifyErrorFields } from './classify-error-fields.js';
/**
 * Non-2xx response from any OpenAI-compatible vendor → typed LLMError. The body is parsed once;
 * the vendor's numeric code table is chosen by `ctx.provider` (and the body's envelope).
 */
export function classifyOpenAICompatibleError(response, ctx) {
    const body = tryParseJson(response.bodyText);
    return classifyErrorFields({
        fields: parseErrorBody(body, response.bodyText),
        status: response.status,
        headers: response.headers,
        provider: ctx.provider,
        quirks: ctx.quirks,
        body: body ?? response.bodyText,
    });
}
//# sourceMappingURL=classify-openai-compatible-error.js.map
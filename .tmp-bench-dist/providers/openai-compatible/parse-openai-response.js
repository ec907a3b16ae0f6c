import { createLLMError } from '../../errors/llm-error.js';
import { emptyUsage } from '../../spec/usage.js';
import { isRecord, readString } from '../classify/json-guards.js';
import { classifyErrorFields } from './classify-error-fields.js';
import { findBodyError } from './find-body-error.js';
import { mapOpenAIFinishReason } from './map-openai-finish-reason.js';
import { parseOpenAIUsage } from './parse-openai-usage.js';
import { readMessageText } from './read-message-text.js';
import { readToolCalls } from './read-tool-calls.js';
import { splitThinkTags } from './split-think-tags.js';
/**
 * A 2xx Chat Completions body → ChatResult. Errors hidden in the body (MiniMax `base_resp`,
 * OpenRouter `{error}`) throw a classified LLMError; `finish_reason: "content_filter"` does not —
 * it is a finish reason the caller may act on.
 */
export function parseOpenAIResponse(body, ctx) {
    if (!isRecord(body))
        throw invalidBody(ctx, 'response body is not a JSON object');
    const hidden = findBodyError(body);
    if (hidden) {
        throw classifyErrorFields({ fields: hidden, status: 200, headers: {}, provider: ctx.provider, quirks: ctx.quirks, body });
    }
    const choice = Array.isArray(body.choices) ? body.choices[0] : undefined;
    if (!isRecord(choice))
        throw invalidBody(ctx, 'response has no choices');
    const message = isRecord(choice.message) ? choice.message : {};
    const text = readMessageText(message, ctx.quirks.reasoningFields);
    let content = text.content;
    let reasoning = text.reasoning;
    if (ctx.quirks.thinkTags && content.includes('<think>')) {
        const split = splitThinkTags(content);
        content = split.content;
        reasoning += split.reasoning;
    }
    const toolCalls = readToolCalls(message.tool_calls);
    let finishReason = mapOpenAIFinishReason(choice.finish_reason);
    // Ollama and some vLLM builds report `stop` even when the turn ended in tool calls.
    if (toolCalls && (finishReason === 'stop' || finishReason === null))
        finishReason = 'tool_calls';
    const result = {
        content: content === '' ? null : content,
        reasoning_content: reasoning === '' ? null : reasoning,
        tool_calls: toolCalls,
        finish_reason: finishReason,
        usage: parseOpenAIUsage(body.usage) ?? parseOpenAIUsage(choice.usage) ?? emptyUsage(),
        provider: ctx.provider,
        model: readString(body.model) || ctx.model,
        raw: body,
    };
    const id = readString(body.id);
    if (id)
        result.id = id;
    return result;
}
function invalidBody(ctx, why) {
    return createLLMError({ kind: 'server', message: `${ctx.provider}: ${why}`, provider: ctx.provider, status: 502 });
}
//# sourceMappingURL=parse-openai-response.js.map
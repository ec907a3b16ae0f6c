import { openaiUsage } from './openai-usage.js';
/** A `chat.completion` object; `reasoning_content` the way DeepSeek, Qwen and friends send it. */
export function renderOpenAIJson(reply, _request) {
    const inline = reply.reasoning !== undefined && reply.reasoningField === 'think_tags';
    const content = inline ? `<think>${reply.reasoning}</think>${reply.content}` : reply.content;
    const message = {
        role: 'assistant',
        content: reply.toolCalls.length > 0 && content === '' ? null : content,
        refusal: null,
        annotations: [],
    };
    if (reply.reasoning !== undefined && !inline)
        message[reply.reasoningField ?? 'reasoning_content'] = reply.reasoning;
    if (reply.toolCalls.length > 0) {
        message.tool_calls = reply.toolCalls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } }));
    }
    return {
        status: 200,
        headers: { 'x-request-id': `req_${reply.id}` },
        body: {
            id: `chatcmpl-${reply.id}`,
            object: 'chat.completion',
            created: reply.created,
            model: reply.model,
            choices: [{ index: 0, message, logprobs: null, finish_reason: reply.finishReason }],
            usage: openaiUsage(reply.usage),
            service_tier: 'default',
            system_fingerprint: 'fp_fake',
        },
    };
}
//# sourceMappingURL=render-openai-json.js.map
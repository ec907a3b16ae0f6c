import { buildArgumentsFromSchema } from './build-arguments-from-schema.js';
import { estimateInputTokens } from './estimate-input-tokens.js';
import { estimateTokens } from './estimate-tokens.js';
import { splitIntoChunks } from './split-into-chunks.js';
/**
 * Decides the deterministic answer to a request: a rule's explicit reply, else a tool call when
 * the user asks for one (or `tool_choice` forces it), else a comment on tool results, else the
 * greeting that echoes the last user text. Reasoning is added for thinking models or requests.
 */
export function planReply(request, spec, options) {
    const { seq } = options;
    const id = `fake${String(seq).padStart(6, '0')}`;
    const lastUser = lastUserMessage(request.messages);
    const userText = lastUser?.text ?? '';
    let content;
    let toolCalls;
    let contentChunks;
    if (spec && (spec.content !== undefined || spec.contentChunks !== undefined || spec.toolCalls !== undefined)) {
        contentChunks = spec.contentChunks;
        content = spec.content ?? contentChunks?.join('') ?? '';
        toolCalls = (spec.toolCalls ?? []).map((call, i) => toPlannedCall(call, request.tools, id, i));
    }
    else {
        const results = trailingToolResults(request.messages);
        const tool = results.length === 0 ? toolToCall(request, userText) : undefined;
        if (results.length > 0) {
            content = results.map((r) => `The tool ${r.name ?? toolNameFor(request.messages, r.id)} returned: ${r.content}`).join('\n');
            toolCalls = [];
        }
        else if (tool) {
            content = '';
            toolCalls = [toPlannedCall({ name: tool.name }, request.tools, id, 0)];
        }
        else {
            content = options.defaultText ?? greeting(request.model, userText, lastUser?.imageCount ?? 0);
            toolCalls = [];
        }
    }
    const reasoning = spec?.reasoning ?? (wantsReasoning(request) ? `Let me think. The user said: ${userText}` : undefined);
    const finishReason = spec?.finishReason ?? (toolCalls.length > 0 ? 'tool_calls' : 'stop');
    const usage = planUsage(request, content, reasoning, toolCalls, spec?.usage);
    return {
        seq,
        id,
        created: Math.floor(Date.now() / 1000),
        model: request.model,
        content,
        contentChunks: contentChunks ?? splitIntoChunks(content),
        reasoning,
        reasoningChunks: reasoning === undefined ? [] : splitIntoChunks(reasoning, 3),
        reasoningSignature: reasoning === undefined ? undefined : Buffer.from(`fake-signature:${id}`).toString('base64'),
        reasoningField: spec?.reasoningField,
        toolCalls,
        finishReason,
        usage,
    };
}
function greeting(model, userText, images) {
    const seen = images > 0 ? `I see ${images} image(s). ` : '';
    return `Hello from ${model}! ${seen}You said: ${userText}`;
}
function lastUserMessage(messages) {
    for (let i = messages.length - 1; i >= 0; i--) {
        const m = messages[i];
        if (m.role === 'user' && m.toolResults.length === 0)
            return m;
    }
    return undefined;
}
/** Tool results at the end of the conversation: the model is being asked to use them. */
function trailingToolResults(messages) {
    const out = [];
    for (let i = messages.length - 1; i >= 0; i--) {
        const m = messages[i];
        if (m.toolResults.length === 0 || m.role === 'assistant')
            break;
        out.unshift(...m.toolResults);
    }
    return out;
}
function toolNameFor(messages, id) {
    if (id !== undefined) {
        for (const m of messages)
            for (const call of m.toolCalls)
                if (call.id === id)
                    return call.name;
    }
    return id ?? 'tool';
}
function toolToCall(request, userText) {
    const { tools, toolChoice } = request;
    if (tools.length === 0 || toolChoice === 'none')
        return undefined;
    if (typeof toolChoice === 'object')
        return tools.find((t) => t.name === toolChoice.name) ?? tools[0];
    if (toolChoice === 'required')
        return tools[0];
    const lower = userText.toLowerCase();
    return lower.includes('tool') || lower.includes('weather') ? tools[0] : undefined;
}
function toPlannedCall(call, tools, id, index) {
    let args;
    if (typeof call.arguments === 'string')
        args = call.arguments;
    else if (call.arguments !== undefined)
        args = JSON.stringify(call.arguments);
    else
        args = JSON.stringify(buildArgumentsFromSchema(tools.find((t) => t.name === call.name)?.parameters));
    return { id: call.id ?? `call_${id}_${index}`, name: call.name, arguments: args };
}
function wantsReasoning(request) {
    if (request.thinking !== 'auto')
        return request.thinking === 'enabled';
    const model = request.model.toLowerCase();
    return model.includes('reason') || model.includes('think');
}
function planUsage(request, content, reasoning, toolCalls, override) {
    const reasoningTokens = override?.reasoningTokens ?? estimateTokens(reasoning?.length ?? 0);
    let visibleChars = content.length;
    for (const c of toolCalls)
        visibleChars += c.name.length + c.arguments.length;
    return {
        inputTokens: override?.inputTokens ?? estimateInputTokens(request),
        outputTokens: override?.outputTokens ?? Math.max(1, estimateTokens(visibleChars) + reasoningTokens),
        reasoningTokens,
        cachedTokens: override?.cachedTokens ?? 0,
    };
}
//# sourceMappingURL=plan-reply.js.map
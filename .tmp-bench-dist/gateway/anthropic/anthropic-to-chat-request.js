import { badRequest } from '../http/http-error.js';
/**
 * Anthropic Messages request → canonical request, so Anthropic SDK and Claude Code users reach
 * every backend. tool_result blocks become `tool` messages, tool_use becomes `tool_calls`,
 * thinking blocks become `reasoning_details` (signatures kept for the round trip to Claude).
 * Unsupported content is a 400 naming the block, never a silent drop.
 */
export function anthropicToChatRequest(req) {
    const messages = [];
    if (req.system !== undefined) {
        const content = typeof req.system === 'string' ? req.system : req.system.map(textPart);
        if (typeof content !== 'string' || content.length > 0)
            messages.push({ role: 'system', content });
    }
    req.messages.forEach((m, i) => {
        const path = `messages[${i}].content`;
        if (typeof m.content === 'string') {
            messages.push(m.role === 'user' ? { role: 'user', content: m.content } : { role: 'assistant', content: m.content });
            return;
        }
        if (m.role === 'assistant')
            messages.push(assistantMessage(m.content, path));
        else
            for (const msg of userMessages(m.content, path))
                messages.push(msg);
    });
    const out = { model: req.model, messages, max_tokens: req.max_tokens };
    if (req.stream)
        out.stream = true;
    if (req.temperature !== undefined)
        out.temperature = req.temperature;
    if (req.top_p !== undefined)
        out.top_p = req.top_p;
    if (req.stop_sequences?.length)
        out.stop = req.stop_sequences;
    if (req.metadata?.user_id)
        out.user = req.metadata.user_id;
    if (req.top_k !== undefined)
        out.provider_options = { anthropic: { top_k: req.top_k }, gemini: { topK: req.top_k } };
    if (req.tools?.length) {
        out.tools = req.tools.map((t) => ({
            type: 'function',
            function: { name: t.name, description: t.description, parameters: t.input_schema },
            ...(t.cache_control ? { cache_control: t.cache_control } : {}),
        }));
    }
    if (req.tool_choice) {
        const tc = req.tool_choice;
        if (tc.type === 'tool')
            out.tool_choice = { type: 'function', function: { name: tc.name } };
        else
            out.tool_choice = tc.type === 'any' ? 'required' : tc.type;
        if (tc.disable_parallel_tool_use)
            out.parallel_tool_calls = false;
    }
    if (req.thinking) {
        out.thinking =
            req.thinking.type === 'enabled' ? { type: 'enabled', budget_tokens: req.thinking.budget_tokens } : { type: req.thinking.type };
    }
    return out;
}
function textPart(b) {
    return b.cache_control ? { type: 'text', text: b.text, cache_control: b.cache_control } : { type: 'text', text: b.text };
}
function imagePart(b) {
    const url = b.source.type === 'base64' ? `data:${b.source.media_type};base64,${b.source.data}` : b.source.url;
    return b.cache_control
        ? { type: 'image_url', image_url: { url }, cache_control: b.cache_control }
        : { type: 'image_url', image_url: { url } };
}
function userMessages(blocks, path) {
    const out = [];
    let parts = [];
    const flush = () => {
        if (parts.length)
            out.push({ role: 'user', content: parts });
        parts = [];
    };
    blocks.forEach((b, j) => {
        switch (b.type) {
            case 'text':
                parts.push(textPart(b));
                break;
            case 'image':
                parts.push(imagePart(b));
                break;
            case 'document': {
                const src = b.source;
                if (src.type === 'text' && typeof src.data === 'string')
                    parts.push({ type: 'text', text: b.title ? `${b.title}\n\n${src.data}` : src.data });
                else
                    throw badRequest(`${path}[${j}]: document blocks with a "${src.type}" source are not supported by this gateway; send the text instead`, `${path}[${j}].source`);
                break;
            }
            case 'tool_result': {
                // Tool results must directly follow the assistant turn that called them.
                flush();
                const images = [];
                let text = '';
                if (typeof b.content === 'string')
                    text = b.content;
                else {
                    for (const c of b.content ?? []) {
                        if (c.type === 'text')
                            text += (text ? '\n' : '') + c.text;
                        else
                            images.push(imagePart(c));
                    }
                }
                out.push({ role: 'tool', tool_call_id: b.tool_use_id, content: b.is_error ? `Error: ${text}` : text });
                if (images.length)
                    parts.push(...images);
                break;
            }
            default:
                throw badRequest(`${path}[${j}]: "${b.type}" blocks are only valid in assistant messages`, `${path}[${j}].type`);
        }
    });
    flush();
    return out;
}
function assistantMessage(blocks, path) {
    let text = '';
    let reasoning = '';
    const toolCalls = [];
    const details = [];
    blocks.forEach((b, j) => {
        switch (b.type) {
            case 'text':
                text += b.text;
                break;
            case 'tool_use':
                toolCalls.push({ id: b.id, type: 'function', function: { name: b.name, arguments: JSON.stringify(b.input ?? {}) } });
                break;
            case 'thinking':
                reasoning += b.thinking;
                details.push(b.signature ? { type: 'thinking', text: b.thinking, signature: b.signature } : { type: 'thinking', text: b.thinking });
                break;
            case 'redacted_thinking':
                details.push({ type: 'redacted_thinking', data: b.data });
                break;
            default:
                throw badRequest(`${path}[${j}]: "${b.type}" blocks are not allowed in assistant messages`, `${path}[${j}].type`);
        }
    });
    const msg = { role: 'assistant', content: text || (toolCalls.length ? null : '') };
    if (toolCalls.length)
        msg.tool_calls = toolCalls;
    if (reasoning)
        msg.reasoning_content = reasoning;
    if (details.length)
        msg.reasoning_details = details;
    return msg;
}
//# sourceMappingURL=anthropic-to-chat-request.js.map
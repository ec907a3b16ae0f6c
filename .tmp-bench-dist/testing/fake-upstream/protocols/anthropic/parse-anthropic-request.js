import { asArray, asNumber, asRecord, asString, isRecord } from '../../guards.js';
/** Messages API body → neutral request. Lenient: odd shapes become empty values, never throws. */
export function parseAnthropicRequest(body, route, _req, protocol = 'anthropic') {
    const b = asRecord(body);
    const messages = [];
    const system = readBlocks(b.system);
    if (system.text)
        messages.push(system);
    for (const raw of asArray(b.messages)) {
        const m = asRecord(raw);
        const message = readBlocks(m.content);
        message.role = m.role === 'assistant' ? 'assistant' : 'user';
        messages.push(message);
    }
    const thinkingType = asString(asRecord(b.thinking).type);
    return {
        protocol,
        model: asString(b.model) ?? route.model ?? '',
        stream: route.stream ?? b.stream === true,
        includeUsage: true,
        messages,
        tools: toTools(b.tools),
        toolChoice: toToolChoice(b.tool_choice),
        thinking: thinkingType === 'enabled' || thinkingType === 'adaptive' ? 'enabled' : thinkingType === 'disabled' ? 'disabled' : 'auto',
        maxTokens: asNumber(b.max_tokens),
        body,
    };
}
/** A string or a list of content blocks; `role` is set by the caller (system when used for `system`). */
function readBlocks(content) {
    const message = { role: 'system', text: '', imageCount: 0, toolCalls: [], toolResults: [] };
    if (typeof content === 'string') {
        message.text = content;
        return message;
    }
    const texts = [];
    for (const raw of asArray(content)) {
        const block = asRecord(raw);
        switch (block.type) {
            case 'text':
                if (typeof block.text === 'string')
                    texts.push(block.text);
                break;
            case 'image':
                message.imageCount++;
                break;
            case 'tool_use':
                message.toolCalls.push({
                    id: asString(block.id) ?? '',
                    name: asString(block.name) ?? '',
                    arguments: JSON.stringify(block.input ?? {}),
                });
                break;
            case 'tool_result':
                message.toolResults.push({ id: asString(block.tool_use_id), content: readBlocks(block.content).text });
                break;
            default:
                break; // thinking, redacted_thinking, documents: not part of the fake's behaviour
        }
    }
    message.text = texts.join('\n');
    return message;
}
function toTools(raw) {
    const tools = [];
    for (const t of asArray(raw)) {
        const tool = asRecord(t);
        const name = asString(tool.name);
        // Server tools (web_search…) have a `type` and no schema: the fake cannot call them.
        if (name && isRecord(tool.input_schema))
            tools.push({ name, description: asString(tool.description), parameters: tool.input_schema });
    }
    return tools;
}
function toToolChoice(raw) {
    const choice = asRecord(raw);
    switch (choice.type) {
        case 'any':
            return 'required';
        case 'none':
            return 'none';
        case 'tool':
            return typeof choice.name === 'string' ? { name: choice.name } : 'required';
        default:
            return 'auto';
    }
}
//# sourceMappingURL=parse-anthropic-request.js.map
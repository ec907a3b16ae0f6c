import { asArray, asNumber, asRecord, asString, isRecord } from '../../guards.js';
/** Chat Completions body → neutral request. Lenient: odd shapes become empty values, never throws. */
export function parseOpenAIRequest(body, route, _req, protocol = 'openai') {
    const b = asRecord(body);
    const stream = route.stream ?? b.stream === true;
    return {
        protocol,
        model: asString(b.model) ?? route.model ?? '',
        stream,
        includeUsage: stream && asRecord(b.stream_options).include_usage === true,
        messages: asArray(b.messages).map(toMessage),
        tools: toTools(b),
        toolChoice: toToolChoice(b.tool_choice ?? b.function_call),
        thinking: toThinking(b),
        maxTokens: asNumber(b.max_completion_tokens) ?? asNumber(b.max_tokens),
        body,
    };
}
function toMessage(raw) {
    const m = asRecord(raw);
    const role = asString(m.role);
    const { text, imageCount } = readContent(m.content);
    const message = {
        role: role === 'system' || role === 'developer'
            ? 'system'
            : role === 'assistant'
                ? 'assistant'
                : role === 'tool' || role === 'function'
                    ? 'tool'
                    : 'user',
        text,
        imageCount,
        toolCalls: [],
        toolResults: [],
    };
    for (const rawCall of asArray(m.tool_calls)) {
        const call = asRecord(rawCall);
        const fn = asRecord(call.function);
        message.toolCalls.push({ id: asString(call.id) ?? '', name: asString(fn.name) ?? '', arguments: asString(fn.arguments) ?? '' });
    }
    if (message.role === 'tool') {
        message.toolResults.push({ id: asString(m.tool_call_id), name: asString(m.name), content: text });
    }
    return message;
}
function readContent(content) {
    if (typeof content === 'string')
        return { text: content, imageCount: 0 };
    const texts = [];
    let imageCount = 0;
    for (const rawPart of asArray(content)) {
        const part = asRecord(rawPart);
        if (part.type === 'text' && typeof part.text === 'string')
            texts.push(part.text);
        else if (part.type === 'image_url' || part.type === 'input_image')
            imageCount++;
    }
    return { text: texts.join('\n'), imageCount };
}
function toTools(b) {
    const tools = [];
    for (const raw of asArray(b.tools)) {
        const fn = asRecord(asRecord(raw).function);
        const name = asString(fn.name);
        if (name)
            tools.push({ name, description: asString(fn.description), parameters: isRecord(fn.parameters) ? fn.parameters : undefined });
    }
    // Legacy `functions` still reaches some OpenAI-compatible servers.
    for (const raw of asArray(b.functions)) {
        const fn = asRecord(raw);
        const name = asString(fn.name);
        if (name)
            tools.push({ name, description: asString(fn.description), parameters: isRecord(fn.parameters) ? fn.parameters : undefined });
    }
    return tools;
}
function toToolChoice(raw) {
    if (raw === 'none' || raw === 'required')
        return raw;
    if (raw === 'any')
        return 'required'; // Mistral's spelling
    const name = asString(asRecord(asRecord(raw).function).name) ?? asString(asRecord(raw).name);
    return name ? { name } : 'auto';
}
/** The many vendor switches for thinking: DeepSeek/Zhipu `thinking`, Qwen `enable_thinking`, OpenRouter `reasoning`. */
function toThinking(b) {
    const type = asString(asRecord(b.thinking).type);
    if (type === 'enabled' || type === 'adaptive' || type === 'auto')
        return 'enabled';
    if (type === 'disabled')
        return 'disabled';
    const flag = b.enable_thinking ?? asRecord(b.chat_template_kwargs).enable_thinking;
    if (typeof flag === 'boolean')
        return flag ? 'enabled' : 'disabled';
    const reasoning = asRecord(b.reasoning);
    if (typeof reasoning.enabled === 'boolean')
        return reasoning.enabled ? 'enabled' : 'disabled';
    if (b.reasoning_effort === 'none')
        return 'disabled';
    return 'auto';
}
//# sourceMappingURL=parse-openai-request.js.map
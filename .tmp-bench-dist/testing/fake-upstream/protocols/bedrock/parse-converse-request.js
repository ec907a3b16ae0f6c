import { asArray, asNumber, asRecord, asString, isRecord } from '../../guards.js';
/** Converse body → neutral request. Lenient: odd shapes become empty values, never throws. */
export function parseConverseRequest(body, route, _req, protocol = 'bedrock') {
    const b = asRecord(body);
    const messages = [];
    const systemTexts = asArray(b.system)
        .map((s) => asString(asRecord(s).text))
        .filter((t) => t !== undefined);
    if (systemTexts.length > 0)
        messages.push({ role: 'system', text: systemTexts.join('\n'), imageCount: 0, toolCalls: [], toolResults: [] });
    for (const raw of asArray(b.messages)) {
        const m = asRecord(raw);
        const message = { role: m.role === 'assistant' ? 'assistant' : 'user', text: '', imageCount: 0, toolCalls: [], toolResults: [] };
        const texts = [];
        for (const rawBlock of asArray(m.content)) {
            const block = asRecord(rawBlock);
            if (typeof block.text === 'string')
                texts.push(block.text);
            else if (isRecord(block.image))
                message.imageCount++;
            else if (isRecord(block.toolUse)) {
                const use = block.toolUse;
                message.toolCalls.push({ id: asString(use.toolUseId) ?? '', name: asString(use.name) ?? '', arguments: JSON.stringify(use.input ?? {}) });
            }
            else if (isRecord(block.toolResult)) {
                const result = block.toolResult;
                const content = asArray(result.content)
                    .map((c) => {
                    const part = asRecord(c);
                    return typeof part.text === 'string' ? part.text : part.json !== undefined ? JSON.stringify(part.json) : '';
                })
                    .join('\n');
                message.toolResults.push({ id: asString(result.toolUseId), content });
            }
        }
        message.text = texts.join('\n');
        messages.push(message);
    }
    const toolConfig = asRecord(b.toolConfig);
    const tools = [];
    for (const t of asArray(toolConfig.tools)) {
        const spec = asRecord(asRecord(t).toolSpec);
        const name = asString(spec.name);
        if (name)
            tools.push({ name, description: asString(spec.description), parameters: asRecord(asRecord(spec.inputSchema).json) });
    }
    const choice = asRecord(toolConfig.toolChoice);
    const toolChoice = isRecord(choice.any) ? 'required' : isRecord(choice.tool) && typeof choice.tool.name === 'string' ? { name: choice.tool.name } : 'auto';
    const extra = asRecord(b.additionalModelRequestFields);
    const thinkingType = asString(asRecord(extra.thinking).type) ?? asString(asRecord(extra.reasoningConfig).type);
    const thinking = thinkingType === 'enabled' || thinkingType === 'adaptive' ? 'enabled' : thinkingType === 'disabled' ? 'disabled' : 'auto';
    return {
        protocol,
        model: route.model ?? '',
        stream: route.stream ?? false,
        includeUsage: true,
        messages,
        tools,
        toolChoice,
        thinking,
        maxTokens: asNumber(asRecord(b.inferenceConfig).maxTokens),
        body,
    };
}
//# sourceMappingURL=parse-converse-request.js.map
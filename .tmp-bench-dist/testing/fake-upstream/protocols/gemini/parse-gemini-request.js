import { asArray, asNumber, asRecord, asString, isRecord, pick } from '../../guards.js';
/**
 * generateContent body → neutral request. The REST API accepts camelCase and snake_case field
 * names alike, so both are read. Lenient: odd shapes become empty values, never throws.
 */
export function parseGeminiRequest(body, route, _req, protocol = 'gemini') {
    const b = asRecord(body);
    const messages = [];
    const systemInstruction = pick(b, 'systemInstruction', 'system_instruction');
    if (systemInstruction !== undefined) {
        const system = readParts(typeof systemInstruction === 'string' ? [{ text: systemInstruction }] : asRecord(systemInstruction).parts);
        system.role = 'system';
        messages.push(system);
    }
    for (const raw of asArray(b.contents)) {
        const c = asRecord(raw);
        const message = readParts(c.parts);
        message.role = c.role === 'model' ? 'assistant' : 'user';
        messages.push(message);
    }
    const generationConfig = asRecord(pick(b, 'generationConfig', 'generation_config'));
    return {
        protocol,
        model: route.model ?? asString(b.model) ?? '',
        stream: route.stream ?? false,
        includeUsage: true,
        messages,
        tools: toTools(b.tools),
        toolChoice: toToolChoice(b),
        thinking: toThinking(generationConfig),
        maxTokens: asNumber(pick(generationConfig, 'maxOutputTokens', 'max_output_tokens')),
        body,
    };
}
function readParts(parts) {
    const message = { role: 'user', text: '', imageCount: 0, toolCalls: [], toolResults: [] };
    const texts = [];
    for (const raw of asArray(parts)) {
        const part = asRecord(raw);
        if (typeof part.text === 'string') {
            if (part.thought !== true)
                texts.push(part.text);
            continue;
        }
        const media = asRecord(pick(part, 'inlineData', 'inline_data') ?? pick(part, 'fileData', 'file_data'));
        const mime = asString(pick(media, 'mimeType', 'mime_type'));
        if (mime?.startsWith('image/')) {
            message.imageCount++;
            continue;
        }
        const call = pick(part, 'functionCall', 'function_call');
        if (isRecord(call)) {
            const name = asString(call.name) ?? '';
            message.toolCalls.push({ id: asString(call.id) ?? name, name, arguments: JSON.stringify(call.args ?? {}) });
            continue;
        }
        const response = pick(part, 'functionResponse', 'function_response');
        if (isRecord(response)) {
            message.toolResults.push({
                id: asString(response.id),
                name: asString(response.name),
                content: JSON.stringify(response.response ?? {}),
            });
        }
    }
    message.text = texts.join('\n');
    return message;
}
function toTools(raw) {
    const tools = [];
    for (const t of asArray(raw)) {
        for (const d of asArray(pick(asRecord(t), 'functionDeclarations', 'function_declarations'))) {
            const decl = asRecord(d);
            const name = asString(decl.name);
            const parameters = decl.parameters ?? pick(decl, 'parametersJsonSchema', 'parameters_json_schema');
            if (name)
                tools.push({ name, description: asString(decl.description), parameters: isRecord(parameters) ? parameters : undefined });
        }
    }
    return tools;
}
function toToolChoice(b) {
    const config = asRecord(pick(asRecord(pick(b, 'toolConfig', 'tool_config')), 'functionCallingConfig', 'function_calling_config'));
    const mode = asString(config.mode)?.toUpperCase();
    if (mode === 'NONE')
        return 'none';
    if (mode === 'ANY' || mode === 'VALIDATED') {
        const allowed = asArray(pick(config, 'allowedFunctionNames', 'allowed_function_names'));
        return allowed.length === 1 && typeof allowed[0] === 'string' ? { name: allowed[0] } : 'required';
    }
    return 'auto';
}
/** Thought parts are only returned with `includeThoughts`; a zero budget turns thinking off. */
function toThinking(generationConfig) {
    const config = asRecord(pick(generationConfig, 'thinkingConfig', 'thinking_config'));
    const include = pick(config, 'includeThoughts', 'include_thoughts');
    if (pick(config, 'thinkingBudget', 'thinking_budget') === 0 || include === false)
        return 'disabled';
    return include === true ? 'enabled' : 'auto';
}
//# sourceMappingURL=parse-gemini-request.js.map
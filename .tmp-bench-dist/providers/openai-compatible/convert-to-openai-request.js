import { appendSystemInstruction } from '../tool-emulation/append-system-instruction.js';
import { convertOpenAIMessages } from './convert-openai-messages.js';
import { mapThinkingOptions } from './map-thinking-options.js';
import { matchesModelPattern } from './model-pattern.js';
/** Fields handled explicitly below; everything else in the request passes through unchanged. */
const HANDLED = new Set([
    'model',
    'messages',
    'tools',
    'tool_choice',
    'parallel_tool_calls',
    'response_format',
    'max_tokens',
    'max_completion_tokens',
    'seed',
    'stream',
    'stream_options',
    'reasoning_effort',
    // stable-llm extensions, never sent as such
    'thinking',
    'provider_options',
]);
const SAMPLING_PARAMS = ['temperature', 'top_p', 'presence_penalty', 'frequency_penalty', 'logprobs', 'top_logprobs', 'logit_bias'];
/**
 * Canonical request → OpenAI Chat Completions body for one vendor. Every vendor difference comes
 * from `ctx.quirks` and `ctx.capabilities`; unsupported settings are dropped or adjusted with a
 * warning, never silently. Unknown OpenAI fields (logprobs, service_tier, metadata…) pass through.
 * `provider_options.openai` then `provider_options[ctx.provider]` are merged in last.
 */
export function convertToOpenAIRequest(request, ctx) {
    const { quirks, capabilities } = ctx;
    const warnings = [];
    let messages = request.messages;
    const body = { model: ctx.model };
    for (const key of Object.keys(request)) {
        if (HANDLED.has(key))
            continue;
        const value = request[key];
        if (value !== undefined)
            body[key] = value;
    }
    // Output budget: one canonical number, sent under the name the model wants.
    let maxTokens = request.max_completion_tokens ?? request.max_tokens;
    if (maxTokens !== undefined && capabilities.maxOutputTokens !== undefined && maxTokens > capabilities.maxOutputTokens) {
        warnings.push(`max_tokens ${maxTokens} exceeds the model's ${capabilities.maxOutputTokens}; clamped`);
        maxTokens = capabilities.maxOutputTokens;
    }
    if (maxTokens !== undefined) {
        const completionName = quirks.alwaysMaxCompletionTokens === true || matchesModelPattern(quirks.maxCompletionTokensModels, ctx.model);
        body[completionName ? 'max_completion_tokens' : 'max_tokens'] = maxTokens;
    }
    if (matchesModelPattern(quirks.noSamplingModels, ctx.model)) {
        const dropped = SAMPLING_PARAMS.filter((p) => body[p] !== undefined);
        for (const p of dropped)
            delete body[p];
        if (dropped.length > 0)
            warnings.push(`${dropped.join(', ')} not supported by ${ctx.model}; dropped`);
    }
    const range = quirks.temperatureRange;
    if (range && typeof body.temperature === 'number') {
        const t = body.temperature;
        const clamped = Math.min(range[1], Math.max(range[0], t));
        if (clamped !== t) {
            body.temperature = clamped;
            warnings.push(`temperature ${t} clamped to ${clamped} (accepted ${range[0]}–${range[1]})`);
        }
    }
    applyTools(request, ctx, body, warnings);
    if (request.seed !== undefined)
        body[quirks.seedField ?? 'seed'] = request.seed;
    if (request.response_format !== undefined) {
        messages = applyResponseFormat(request.response_format, ctx, body, messages, warnings);
    }
    mapThinkingOptions(request, quirks, body, warnings);
    if (ctx.stream) {
        body.stream = true;
        if (quirks.streamUsage === 'include_usage') {
            body.stream_options = { include_usage: true, ...request.stream_options };
        }
        else if (quirks.streamUsage === undefined && request.stream_options !== undefined) {
            body.stream_options = request.stream_options;
        }
        // 'always' / 'x_groq': usage arrives without asking; some of these vendors reject the field.
    }
    for (const param of quirks.unsupportedParams ?? []) {
        if (body[param] === undefined)
            continue;
        const value = body[param];
        delete body[param];
        if (!(param === 'n' && value === 1))
            warnings.push(`${param} is not supported by ${ctx.provider}; dropped`);
    }
    body.messages = convertOpenAIMessages(messages, quirks);
    const options = request.provider_options;
    if (options) {
        mergeOptions(body, options.openai);
        if (ctx.provider !== 'openai')
            mergeOptions(body, options[ctx.provider]);
    }
    return { body, warnings };
}
function applyTools(request, ctx, body, warnings) {
    const tools = request.tools;
    // tool_choice / parallel_tool_calls without tools are a 400 on most vendors and mean nothing.
    if (!tools || tools.length === 0)
        return;
    let sent = tools;
    let choice = request.tool_choice;
    if (ctx.quirks.requiredToolChoice === 'any') {
        if (choice === 'required')
            choice = 'any';
        else if (typeof choice === 'object') {
            // Vendors that say `any` (Mistral) force one named tool by offering only that tool.
            const name = choice.function.name;
            const only = tools.filter((t) => t.function.name === name);
            if (only.length > 0)
                sent = only;
            else
                warnings.push(`tool_choice names unknown tool "${name}"; sent as "any"`);
            choice = 'any';
        }
    }
    body.tools = ctx.quirks.cacheControl === true ? sent : sent.map(stripToolCache);
    if (choice !== undefined)
        body.tool_choice = choice;
    if (request.parallel_tool_calls !== undefined)
        body.parallel_tool_calls = request.parallel_tool_calls;
}
function stripToolCache(tool) {
    if (!('cache_control' in tool))
        return tool;
    const { cache_control: _drop, ...rest } = tool;
    return rest;
}
/**
 * Sends response_format as the vendor can take it. Without response_format support the format is
 * dropped; without json_schema support (quirks.jsonSchema !== true) a schema is downgraded to
 * json_object. In both cases the schema goes into the system prompt so the intent survives —
 * DeepSeek's JSON mode even requires the prompt to ask for JSON.
 */
function applyResponseFormat(format, ctx, body, messages, warnings) {
    if (format.type === 'text') {
        if (ctx.capabilities.responseFormatAvailable)
            body.response_format = format;
        return messages;
    }
    const instruction = format.type === 'json_schema' && format.json_schema.schema
        ? `Respond with only a JSON object that conforms to this JSON Schema:\n${JSON.stringify(format.json_schema.schema)}`
        : 'Respond with only a valid JSON object.';
    if (!ctx.capabilities.responseFormatAvailable) {
        warnings.push(`response_format ${format.type} is not supported by ${ctx.model}; dropped and requested in the prompt`);
        return appendSystemInstruction(messages, instruction);
    }
    if (format.type === 'json_schema' && ctx.quirks.jsonSchema !== true) {
        warnings.push(`response_format json_schema is not supported by ${ctx.provider}; sent as json_object with the schema in the prompt`);
        body.response_format = { type: 'json_object' };
        return appendSystemInstruction(messages, instruction);
    }
    body.response_format = format;
    return messages;
}
function mergeOptions(body, options) {
    if (!options)
        return;
    for (const key of Object.keys(options)) {
        const value = options[key];
        if (value !== undefined)
            body[key] = value;
    }
}
//# sourceMappingURL=convert-to-openai-request.js.map
import { createLLMError } from '../../errors/llm-error.js';
import { isRecord } from '../classify/json-guards.js';
import { parseErrorBody } from '../classify/parse-error-body.js';
import { tryParseJson } from '../classify/try-parse-json.js';
import { classifyErrorFields } from './classify-error-fields.js';
import { findBodyError } from './find-body-error.js';
import { mapOpenAIFinishReason } from './map-openai-finish-reason.js';
import { parseOpenAIUsage } from './parse-openai-usage.js';
import { readMessageText } from './read-message-text.js';
import { ToolCallIndexer } from './read-tool-calls.js';
import { ThinkTagSplitter } from './split-think-tags.js';
/**
 * Stateful parser for one Chat Completions SSE stream. One chunk yields at most one delta.
 * Usage is held and emitted last (at `[DONE]` or `finish()`), whichever of the dialects carried
 * it: a final `choices: []` chunk (include_usage), the last chunk (Mistral), `x_groq.usage`, the
 * choice itself (Moonshot) or every chunk cumulatively (xAI) — the latest value wins.
 */
export class OpenAIStreamParser {
    ctx;
    think;
    toolCalls = new ToolCallIndexer();
    sawToolCalls = false;
    usage;
    done = false;
    sawData = false;
    /** Upstream id/model (OpenRouter reports the model it routed to), put on the first delta. */
    meta;
    metaSent = false;
    constructor(ctx) {
        this.ctx = ctx;
        this.think = ctx.quirks.thinkTags ? new ThinkTagSplitter() : undefined;
    }
    push(event) {
        const data = event.data;
        if (data !== '')
            this.sawData = true;
        if (data === '[DONE]')
            return this.finish();
        if (this.done)
            return [];
        const chunk = data === '' ? undefined : tryParseJson(data);
        if (event.event === 'error')
            throw this.streamError(chunk, data);
        if (!isRecord(chunk))
            return []; // keep-alives and non-JSON noise
        const hidden = findBodyError(chunk);
        if (hidden)
            throw this.classify(hidden, chunk);
        if (this.meta === undefined) {
            this.meta = {};
            if (typeof chunk.id === 'string' && chunk.id !== '')
                this.meta.id = chunk.id;
            if (typeof chunk.model === 'string' && chunk.model !== '')
                this.meta.model = chunk.model;
        }
        const usage = parseOpenAIUsage(chunk.usage) ?? (isRecord(chunk.x_groq) ? parseOpenAIUsage(chunk.x_groq.usage) : undefined);
        if (usage)
            this.usage = usage;
        const choices = chunk.choices;
        if (!Array.isArray(choices))
            return [];
        for (const choice of choices) {
            // A delta has no choice index, so n>1 streams report the first choice only.
            if (!isRecord(choice) || (typeof choice.index === 'number' && choice.index !== 0))
                continue;
            const choiceUsage = parseOpenAIUsage(choice.usage);
            if (choiceUsage)
                this.usage = choiceUsage;
            const delta = this.readChoice(choice);
            return delta ? [this.withMeta(delta)] : [];
        }
        return [];
    }
    finish() {
        if (this.done)
            return [];
        this.done = true;
        if (!this.sawData) {
            // A 200 that carried no event at all (a JSON error body on a stream request, a proxy that
            // closed early) must fail visibly, so the caller can retry elsewhere.
            throw createLLMError({
                kind: 'server',
                message: `${this.ctx.provider}: stream ended without any data`,
                provider: this.ctx.provider,
                status: 502,
            });
        }
        const out = [];
        const rest = this.flushThink();
        if (rest)
            out.push(this.withMeta(rest));
        if (this.usage)
            out.push(this.withMeta({ usage: this.usage }));
        return out;
    }
    withMeta(delta) {
        if (this.metaSent)
            return delta;
        this.metaSent = true;
        if (this.meta?.id)
            delta.id = this.meta.id;
        if (this.meta?.model)
            delta.model = this.meta.model;
        return delta;
    }
    readChoice(choice) {
        const source = isRecord(choice.delta) ? choice.delta : isRecord(choice.message) ? choice.message : undefined;
        const delta = {};
        if (source) {
            const text = readMessageText(source, this.ctx.quirks.reasoningFields);
            let content = text.content;
            let reasoning = text.reasoning;
            if (this.think && content !== '') {
                const split = this.think.push(content);
                content = split.content;
                reasoning += split.reasoning;
            }
            const toolCalls = this.toolCalls.read(source.tool_calls);
            if (toolCalls) {
                this.sawToolCalls = true;
                delta.tool_calls = toolCalls;
            }
            if (content !== '')
                delta.content = content;
            if (reasoning !== '')
                delta.reasoning_content = reasoning;
        }
        let finishReason = mapOpenAIFinishReason(choice.finish_reason);
        if (finishReason !== null) {
            // The answer is over: text held back as a possible partial tag belongs to this chunk.
            const rest = this.flushThink();
            if (rest?.content)
                delta.content = (delta.content ?? '') + rest.content;
            if (rest?.reasoning_content)
                delta.reasoning_content = (delta.reasoning_content ?? '') + rest.reasoning_content;
            if (this.sawToolCalls && finishReason === 'stop')
                finishReason = 'tool_calls';
            delta.finish_reason = finishReason;
        }
        return delta.content !== undefined ||
            delta.reasoning_content !== undefined ||
            delta.tool_calls !== undefined ||
            delta.finish_reason !== undefined
            ? delta
            : undefined;
    }
    flushThink() {
        if (!this.think)
            return undefined;
        const { content, reasoning } = this.think.flush();
        if (content === '' && reasoning === '')
            return undefined;
        const delta = {};
        if (content !== '')
            delta.content = content;
        if (reasoning !== '')
            delta.reasoning_content = reasoning;
        return delta;
    }
    streamError(chunk, data) {
        const fields = findBodyError(chunk) ?? parseErrorBody(chunk, data);
        return this.classify(fields, chunk ?? data);
    }
    classify(fields, body) {
        return classifyErrorFields({ fields, status: 200, headers: {}, provider: this.ctx.provider, quirks: this.ctx.quirks, body });
    }
}
export function createOpenAIStreamParser(ctx) {
    return new OpenAIStreamParser(ctx);
}
//# sourceMappingURL=parse-openai-stream.js.map
import { openaiFinishReason } from './to-chat-completion.js';
/**
 * Encodes canonical deltas as OpenAI `chat.completion.chunk` SSE events. The envelope
 * (id, created, model) is serialised once per stream; each event stringifies only its delta.
 */
export class OpenAIChunkEncoder {
    head;
    usageHead;
    sawToolCalls = false;
    finishReason;
    usage;
    constructor(id, created, model) {
        const envelope = `{"id":${JSON.stringify(id)},"object":"chat.completion.chunk","created":${created},"model":${JSON.stringify(model)},"system_fingerprint":null,`;
        this.head = `data: ${envelope}"choices":[{"index":0,"delta":`;
        this.usageHead = `data: ${envelope}"choices":[],"usage":`;
    }
    /** The first event: the assistant role with empty content, as OpenAI sends it. */
    roleChunk() {
        return `${this.head}{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}]}\n\n`;
    }
    /** Zero, one or two events for a delta (content/reasoning/tool calls, then a finish chunk). */
    encode(d) {
        let out = '';
        if (d.content || d.reasoning_content || d.tool_calls?.length || d.reasoning_details?.length) {
            const delta = {};
            if (d.content)
                delta.content = d.content;
            if (d.reasoning_content)
                delta.reasoning_content = d.reasoning_content;
            if (d.reasoning_details?.length)
                delta.reasoning_details = d.reasoning_details;
            if (d.tool_calls?.length) {
                this.sawToolCalls = true;
                delta.tool_calls = d.tool_calls;
            }
            out = `${this.head}${JSON.stringify(delta)},"logprobs":null,"finish_reason":null}]}\n\n`;
        }
        if (d.finish_reason)
            this.finishReason = openaiFinishReason(d.finish_reason, this.sawToolCalls);
        if (d.usage)
            this.usage = d.usage;
        return out;
    }
    /** The finish chunk, the usage chunk when asked for, and `[DONE]`. */
    end(includeUsage) {
        const reason = this.finishReason ?? (this.sawToolCalls ? 'tool_calls' : 'stop');
        let out = `${this.head}{},"logprobs":null,"finish_reason":${JSON.stringify(reason)}}]}\n\n`;
        if (includeUsage)
            out += `${this.usageHead}${JSON.stringify(this.usage ?? { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 })}}\n\n`;
        return `${out}data: [DONE]\n\n`;
    }
}
/** A mid-stream error as the final event: the shape openai-node turns into an APIError. */
export function openaiStreamError(error) {
    return `data: ${JSON.stringify({ error: { message: error.message, type: error.type, param: error.param ?? null, code: error.code } })}\n\n`;
}
//# sourceMappingURL=openai-chunk-encoder.js.map
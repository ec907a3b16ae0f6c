import type { StreamDelta } from '../../spec/stream-delta.js';
import type { Usage } from '../../spec/usage.js';
/**
 * Encodes canonical deltas as OpenAI `chat.completion.chunk` SSE events. The envelope
 * (id, created, model) is serialised once per stream; each event stringifies only its delta.
 */
export declare class OpenAIChunkEncoder {
    private readonly head;
    private readonly usageHead;
    private sawToolCalls;
    finishReason: string | undefined;
    usage: Usage | undefined;
    constructor(id: string, created: number, model: string);
    /** The first event: the assistant role with empty content, as OpenAI sends it. */
    roleChunk(): string;
    /** Zero, one or two events for a delta (content/reasoning/tool calls, then a finish chunk). */
    encode(d: StreamDelta): string;
    /** The finish chunk, the usage chunk when asked for, and `[DONE]`. */
    end(includeUsage: boolean): string;
}
/** A mid-stream error as the final event: the shape openai-node turns into an APIError. */
export declare function openaiStreamError(error: {
    message: string;
    type: string;
    code: string | null;
    param?: string | null;
}): string;

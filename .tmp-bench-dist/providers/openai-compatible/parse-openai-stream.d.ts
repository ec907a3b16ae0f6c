import type { StreamDelta } from '../../spec/stream-delta.js';
import type { AdapterContext, SseEvent, StreamParser } from '../provider-adapter.js';
/**
 * Stateful parser for one Chat Completions SSE stream. One chunk yields at most one delta.
 * Usage is held and emitted last (at `[DONE]` or `finish()`), whichever of the dialects carried
 * it: a final `choices: []` chunk (include_usage), the last chunk (Mistral), `x_groq.usage`, the
 * choice itself (Moonshot) or every chunk cumulatively (xAI) — the latest value wins.
 */
export declare class OpenAIStreamParser implements StreamParser {
    private readonly ctx;
    private readonly think;
    private readonly toolCalls;
    private sawToolCalls;
    private usage;
    private done;
    private sawData;
    /** Upstream id/model (OpenRouter reports the model it routed to), put on the first delta. */
    private meta;
    private metaSent;
    constructor(ctx: AdapterContext);
    push(event: SseEvent): StreamDelta[];
    finish(): StreamDelta[];
    private withMeta;
    private readChoice;
    private flushThink;
    private streamError;
    private classify;
}
export declare function createOpenAIStreamParser(ctx: AdapterContext): StreamParser;

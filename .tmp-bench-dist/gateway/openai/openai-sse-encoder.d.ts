import type { StreamDelta } from '../../spec/stream-delta.js';
import type { SseEncoder } from '../chat/sse-encoder.js';
import type { GatewayHttpError } from '../http/http-error.js';
/** OpenAI Chat Completions streaming: role chunk, deltas, finish chunk, optional usage chunk, [DONE]. */
export declare class OpenAISseEncoder implements SseEncoder {
    private chunks;
    private readonly id;
    private readonly created;
    private readonly includeUsage;
    private readonly fallbackModel;
    constructor(id: string, created: number, includeUsage: boolean, fallbackModel: string);
    open(first: StreamDelta): string;
    encode(delta: StreamDelta): string;
    close(): string;
    fail(error: GatewayHttpError): string;
}

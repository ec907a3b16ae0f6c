import type { StreamDelta } from '../../spec/stream-delta.js';
import type { SseEncoder } from '../chat/sse-encoder.js';
import type { GatewayHttpError } from '../http/http-error.js';
/**
 * Canonical deltas → Anthropic Messages SSE: message_start, ping, content_block_start/delta/stop
 * (thinking + signature, text, tool_use with input_json_delta), message_delta with stop_reason
 * and final usage, message_stop. Blocks are opened lazily and closed when the kind changes.
 */
export declare class AnthropicSseEncoder implements SseEncoder {
    private readonly id;
    private readonly fallbackModel;
    private readonly requestId;
    private blockIndex;
    private blockKind;
    /** Canonical tool-call index → Anthropic content block index. */
    private readonly toolBlocks;
    private sawTools;
    private finish;
    private usage;
    constructor(id: string, fallbackModel: string, requestId: string);
    open(first: StreamDelta): string;
    encode(d: StreamDelta): string;
    close(): string;
    fail(error: GatewayHttpError): string;
    private ensure;
    private closeBlock;
}

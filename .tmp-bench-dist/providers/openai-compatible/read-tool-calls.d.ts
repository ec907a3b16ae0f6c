import type { ToolCall } from '../../spec/chat-request.js';
import type { ToolCallDelta } from '../../spec/stream-delta.js';
/** Some servers (Ollama, llama.cpp builds) send arguments as an object instead of a JSON string. */
export declare function readArguments(value: unknown): string | undefined;
/** `message.tool_calls` of a complete response → canonical tool calls (null when none). */
export declare function readToolCalls(value: unknown): ToolCall[] | null;
/**
 * Assigns stream tool-call indexes. Most vendors send `index`; some omit it, either listing all
 * calls positionally in one chunk (Moonshot) or sending each complete call alone in its own chunk
 * (Ollama-style), where every call would land on index 0. A new id at an occupied index therefore
 * opens the next index.
 */
export declare class ToolCallIndexer {
    private readonly ids;
    private maxIndex;
    read(value: unknown): ToolCallDelta[] | undefined;
}

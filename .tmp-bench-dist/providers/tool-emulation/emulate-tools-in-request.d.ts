import type { ChatRequest } from '../../spec/chat-request.js';
export interface EmulatedToolsRequest {
    request: ChatRequest;
    warnings: string[];
}
/**
 * For models with `function_call_available: false`: describes the tools and a JSON reply protocol
 * in the system prompt, turns earlier tool calls/results into text turns, and removes `tools`,
 * `tool_choice` and `parallel_tool_calls`. Pure: the input request is not modified. Pair with
 * parseEmulatedToolCalls (complete replies) or EmulatedToolStream (streams).
 */
export declare function emulateToolsInRequest(request: ChatRequest): EmulatedToolsRequest;

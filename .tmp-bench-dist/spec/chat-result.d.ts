import type { ReasoningDetail, ToolCall } from './chat-request.js';
import type { Usage } from './usage.js';
/** OpenAI finish reasons, plus `error` for streams that ended on a provider error. */
export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call' | 'error';
/** Cost of one request in US dollars, from usage and catalog prices. */
export interface Cost {
    input: number;
    output: number;
    cache_read: number;
    cache_write: number;
    total: number;
    currency: 'USD';
}
/** The result of a non-streaming completion, snake_case like OpenAI's wire data. */
export interface ChatResult {
    content: string | null;
    reasoning_content: string | null;
    reasoning_details?: ReasoningDetail[];
    tool_calls: ToolCall[] | null;
    finish_reason: FinishReason | null;
    usage: Usage;
    /** Backend name that answered (`"anthropic"`). */
    provider: string;
    /** Upstream model id that answered. */
    model: string;
    /** Upstream response id, when the provider sends one. */
    id?: string;
    cost?: Cost;
    /** Non-fatal notes: dropped unsupported parameters, emulated tools, etc. */
    warnings?: string[];
    /** The provider's parsed response body. */
    raw?: unknown;
}

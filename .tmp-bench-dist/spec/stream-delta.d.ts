import type { ReasoningDetail } from './chat-request.js';
import type { Cost, FinishReason } from './chat-result.js';
import type { Usage } from './usage.js';
export interface ToolCallDelta {
    index: number;
    id?: string;
    type?: 'function';
    function?: {
        name?: string;
        arguments?: string;
    };
}
/**
 * One stream event, with the same field names as ChatResult. Fields are present only when they
 * carry something; `usage` (and `cost`) arrive on the last delta.
 */
export interface StreamDelta {
    content?: string;
    reasoning_content?: string;
    reasoning_details?: ReasoningDetail[];
    tool_calls?: ToolCallDelta[];
    finish_reason?: FinishReason | null;
    usage?: Usage;
    cost?: Cost;
    provider?: string;
    model?: string;
    id?: string;
    warnings?: string[];
    raw?: unknown;
}

/**
 * The protocol-neutral view of a chat request that the reply planner works on. Protocol handlers
 * produce it from their wire format; it keeps only what the fake's behaviour depends on, plus the
 * parsed body for anything protocol-specific.
 */
/** `auto`: the request said nothing, so the model name decides (contains `reason`/`think`). */
export type ThinkingMode = 'auto' | 'enabled' | 'disabled';
export interface NormalizedToolCall {
    id: string;
    name: string;
    /** JSON text, as the client sent it. */
    arguments: string;
}
export interface NormalizedToolResult {
    /** OpenAI `tool_call_id`, Anthropic `tool_use_id`, Gemini `functionResponse.id` when present. */
    id?: string;
    /** Known directly on Gemini; the planner looks it up from earlier tool calls otherwise. */
    name?: string;
    content: string;
}
export interface NormalizedMessage {
    role: 'system' | 'user' | 'assistant' | 'tool';
    /** All text parts joined with a newline. */
    text: string;
    imageCount: number;
    toolCalls: NormalizedToolCall[];
    toolResults: NormalizedToolResult[];
}
export interface NormalizedTool {
    name: string;
    description?: string;
    /** JSON Schema of the arguments (Gemini's upper-case OpenAPI types are accepted too). */
    parameters?: Record<string, unknown>;
}
/** `required`: some tool must be called; `{ name }`: that one. */
export type NormalizedToolChoice = 'auto' | 'none' | 'required' | {
    name: string;
};
export interface NormalizedRequest {
    /** The handler's `name`. */
    protocol: string;
    model: string;
    stream: boolean;
    /** OpenAI `stream_options.include_usage`; protocols that always report usage set it true. */
    includeUsage: boolean;
    messages: NormalizedMessage[];
    tools: NormalizedTool[];
    toolChoice: NormalizedToolChoice;
    thinking: ThinkingMode;
    maxTokens?: number;
    /** The parsed request body, for protocol-specific rendering. */
    body: unknown;
}

import type { ToolCall } from '../../spec/chat-request.js';
export interface ParsedEmulatedToolCalls {
    /** The reply without the tool-call JSON; null when nothing else was said. */
    content: string | null;
    tool_calls: ToolCall[] | null;
}
export interface ParseEmulatedToolCallsOptions {
    /** Names of the offered tools: JSON naming anything else is left as ordinary content. */
    toolNames?: Iterable<string>;
}
/**
 * Recovers emulated tool calls from a model's text reply, tolerantly: the JSON may sit in a
 * ```json fence (closed or not), follow leading prose, be wrapped in `<tool_call>` tags, or come as
 * several objects. Text that is not a tool call stays content.
 */
export declare function parseEmulatedToolCalls(text: string, options?: ParseEmulatedToolCallsOptions): ParsedEmulatedToolCalls;

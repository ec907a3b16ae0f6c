import type { ToolCall } from '../../spec/chat-request.js';
/**
 * Reads emulated tool calls from a parsed JSON value. Accepted shapes, all-or-nothing:
 * `{"tool_calls":[…]}` (our protocol), `{"tool_call":{…}}`, a bare call `{"name","arguments"}`,
 * an array of calls; each call `{name, arguments}` or OpenAI-style `{function:{name, arguments}}`.
 * With `toolNames`, calls to unknown tools disqualify the value (it was an ordinary JSON answer).
 * `firstIndex` keeps generated ids stable across several JSON blocks in one reply.
 */
export declare function toolCallsFromJson(value: unknown, toolNames?: ReadonlySet<string>, firstIndex?: number): ToolCall[] | undefined;
/** Deterministic id (FNV-1a of name, arguments and position): pure, and stable in tests. */
export declare function emulatedCallId(name: string, args: string, index: number): string;

import type { ChatResult, FinishReason } from '../../spec/chat-result.js';
import type { Usage } from '../../spec/usage.js';
/** Canonical finish reason → Anthropic stop_reason. */
export declare function anthropicStopReason(reason: FinishReason | string | null | undefined, hasToolCalls: boolean): string;
/** Canonical usage → Anthropic usage (input_tokens excludes cache reads and writes there). */
export declare function anthropicUsage(u: Usage | undefined): Record<string, number>;
export declare function parseToolInput(args: string): unknown;
/** Canonical result → Anthropic `message` object (thinking, text, tool_use blocks in that order). */
export declare function toAnthropicMessage(result: ChatResult, id: string): Record<string, unknown>;

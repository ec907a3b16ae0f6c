import type { FinishReason } from '../../spec/chat-result.js';
/**
 * Anthropic `stop_reason` → OpenAI finish reason. `pause_turn` (a server tool paused a long turn)
 * ends this response normally, so it is `stop`; running out of context window is `length`, like
 * running out of `max_tokens`. Unknown future reasons are reported as `stop` rather than dropped.
 */
export declare function mapAnthropicStopReason(reason: unknown): FinishReason | null;

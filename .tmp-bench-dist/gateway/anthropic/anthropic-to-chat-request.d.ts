import type { ChatRequest } from '../../spec/chat-request.js';
import type { AnthropicRequest } from './anthropic-request-schema.js';
/**
 * Anthropic Messages request → canonical request, so Anthropic SDK and Claude Code users reach
 * every backend. tool_result blocks become `tool` messages, tool_use becomes `tool_calls`,
 * thinking blocks become `reasoning_details` (signatures kept for the round trip to Claude).
 * Unsupported content is a 400 naming the block, never a silent drop.
 */
export declare function anthropicToChatRequest(req: AnthropicRequest): ChatRequest;

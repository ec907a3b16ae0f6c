import type { ChatResult } from '../../spec/chat-result.js';
import type { AdapterContext } from '../provider-adapter.js';
/**
 * Converse response → canonical result. Text blocks are joined; `toolUse` blocks become
 * tool calls (input re-serialised as the arguments JSON); `reasoningContent` becomes
 * `reasoning_content` plus `reasoning_details` (signed Claude thinking and redacted blocks) to
 * send back on the next turn.
 */
export declare function parseBedrockResponse(body: unknown, ctx: Pick<AdapterContext, 'provider' | 'model'>): ChatResult;

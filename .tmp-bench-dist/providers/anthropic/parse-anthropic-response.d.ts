import type { ChatResult } from '../../spec/chat-result.js';
import type { AdapterContext } from '../provider-adapter.js';
/**
 * A Messages API response body → canonical result. Text blocks join into `content`; thinking
 * joins into `reasoning_content` and, with its signature, into `reasoning_details` (together with
 * redacted thinking) so the next turn can send it back; `tool_use` becomes OpenAI tool calls with
 * the input re-serialised as the arguments string. Server-tool and other block types are left in
 * `raw`. An error object in a 2xx body is thrown as a typed error.
 */
export declare function parseAnthropicResponse(body: unknown, ctx: Pick<AdapterContext, 'provider' | 'model'>): ChatResult;

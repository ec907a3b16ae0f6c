import { createLLMError } from '../../errors/llm-error.js';
import type { ReasoningDetail, ToolCall } from '../../spec/chat-request.js';
import type { ChatResult } from '../../spec/chat-result.js';
import type { AdapterContext } from '../provider-adapter.js';
import { isRecord } from '../shared/is-record.js';
import { anthropicStreamError } from './classify-anthropic-error.js';
import { convertAnthropicUsage, readAnthropicUsage } from './convert-anthropic-usage.js';
import { mapAnthropicStopReason } from './map-anthropic-stop-reason.js';

/**
 * A Messages API response body → canonical result. Text blocks join into `content`; thinking
 * joins into `reasoning_content` and, with its signature, into `reasoning_details` (together with
 * redacted thinking) so the next turn can send it back; `tool_use` becomes OpenAI tool calls with
 * the input re-serialised as the arguments string. Server-tool and other block types are left in
 * `raw`. An error object in a 2xx body is thrown as a typed error.
 */
export function parseAnthropicResponse(body: unknown, ctx: Pick<AdapterContext, 'provider' | 'model'>): ChatResult {
  if (!isRecord(body)) {
    throw createLLMError({ kind: 'server', provider: ctx.provider, message: `${ctx.provider}: response body is not a JSON object` });
  }
  if (body.type === 'error') throw anthropicStreamError(body, ctx.provider);

  const text: string[] = [];
  const reasoning: string[] = [];
  const details: ReasoningDetail[] = [];
  const toolCalls: ToolCall[] = [];

  for (const block of Array.isArray(body.content) ? body.content : []) {
    if (!isRecord(block)) continue;
    switch (block.type) {
      case 'text':
        if (typeof block.text === 'string') text.push(block.text);
        break;
      case 'thinking':
        if (typeof block.thinking === 'string') {
          reasoning.push(block.thinking);
          details.push({
            type: 'thinking',
            text: block.thinking,
            ...(typeof block.signature === 'string' ? { signature: block.signature } : {}),
          });
        }
        break;
      case 'redacted_thinking':
        if (typeof block.data === 'string') details.push({ type: 'redacted_thinking', data: block.data });
        break;
      case 'tool_use':
        if (typeof block.id === 'string' && typeof block.name === 'string') {
          toolCalls.push({
            id: block.id,
            type: 'function',
            function: { name: block.name, arguments: JSON.stringify(block.input ?? {}) },
          });
        }
        break;
      default:
        break;
    }
  }

  const result: ChatResult = {
    content: text.length > 0 ? text.join('') : null,
    reasoning_content: reasoning.length > 0 ? reasoning.join('') : null,
    tool_calls: toolCalls.length > 0 ? toolCalls : null,
    finish_reason: mapAnthropicStopReason(body.stop_reason),
    usage: convertAnthropicUsage(readAnthropicUsage(body.usage)),
    provider: ctx.provider,
    model: typeof body.model === 'string' ? body.model : ctx.model,
    raw: body,
  };
  if (details.length > 0) result.reasoning_details = details;
  if (typeof body.id === 'string') result.id = body.id;
  return result;
}

import type { NormalizedRequest } from '../../normalized-request.js';
import type { PlannedReply } from '../../planned-reply.js';
import type { RenderedResponse } from '../../protocol-handler.js';
import { anthropicStopReason, anthropicToolId, anthropicUsage, hasTextBlock } from './anthropic-blocks.js';

/** A Messages API `message`: thinking block (with signature), text, then tool_use blocks. */
export function renderAnthropicJson(reply: PlannedReply, _request: NormalizedRequest): RenderedResponse {
  const content: Record<string, unknown>[] = [];
  if (reply.reasoning !== undefined)
    content.push({ type: 'thinking', thinking: reply.reasoning, signature: reply.reasoningSignature ?? '' });
  if (hasTextBlock(reply)) content.push({ type: 'text', text: reply.content });
  for (const call of reply.toolCalls)
    content.push({ type: 'tool_use', id: anthropicToolId(call), name: call.name, input: parseArguments(call.arguments) });
  return {
    status: 200,
    headers: { 'request-id': `req_${reply.id}` },
    body: {
      id: `msg_${reply.id}`,
      type: 'message',
      role: 'assistant',
      model: reply.model,
      content,
      stop_reason: anthropicStopReason(reply.finishReason),
      stop_sequence: null,
      usage: anthropicUsage(reply),
    },
  };
}

/** A rule may script arguments that are not JSON; the wire still needs an object. */
function parseArguments(text: string): unknown {
  try {
    return JSON.parse(text || '{}');
  } catch {
    return { _raw: text };
  }
}

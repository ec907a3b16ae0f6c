import type { NormalizedRequest } from '../../normalized-request.js';
import type { PlannedReply } from '../../planned-reply.js';
import type { Frame, RenderedResponse, RenderedStream } from '../../protocol-handler.js';
import { splitEvenly } from '../../split-into-chunks.js';
import { converseEvent } from './encode-event-frame.js';

/** Bedrock stop reasons for the neutral finish reasons; provider-native values pass through. */
export function converseStopReason(finish: string): string {
  switch (finish) {
    case 'stop':
      return 'end_turn';
    case 'length':
      return 'max_tokens';
    case 'tool_calls':
      return 'tool_use';
    case 'content_filter':
      return 'content_filtered';
    default:
      return finish;
  }
}

/** `tooluse_…` ids as Bedrock generates them; ids a rule chose are kept. */
function toolUseId(id: string): string {
  return id.startsWith('call_') ? `tooluse_${id.slice(5)}` : id;
}

/** Bedrock's inputTokens excludes prompt-cache reads, reported separately. */
function converseUsage(reply: PlannedReply): Record<string, number> {
  const u = reply.usage;
  const usage: Record<string, number> = {
    inputTokens: u.inputTokens - u.cachedTokens,
    outputTokens: u.outputTokens,
    totalTokens: u.inputTokens + u.outputTokens,
  };
  if (u.cachedTokens > 0) {
    usage.cacheReadInputTokens = u.cachedTokens;
    usage.cacheWriteInputTokens = 0;
  }
  return usage;
}

const REQUEST_ID = (reply: PlannedReply) => `00000000-0000-4000-8000-${reply.id.padStart(12, '0').slice(-12)}`;

export function renderConverseJson(reply: PlannedReply, _request: NormalizedRequest): RenderedResponse {
  const content: Record<string, unknown>[] = [];
  if (reply.reasoning !== undefined) {
    content.push({ reasoningContent: { reasoningText: { text: reply.reasoning, signature: reply.reasoningSignature ?? '' } } });
  }
  if (reply.content !== '' || reply.toolCalls.length === 0) content.push({ text: reply.content });
  for (const call of reply.toolCalls) {
    content.push({ toolUse: { toolUseId: toolUseId(call.id), name: call.name, input: JSON.parse(call.arguments || '{}') as unknown } });
  }
  return {
    status: 200,
    headers: { 'x-amzn-requestid': REQUEST_ID(reply) },
    body: {
      output: { message: { role: 'assistant', content } },
      stopReason: converseStopReason(reply.finishReason),
      usage: converseUsage(reply),
      metrics: { latencyMs: 42 },
    },
  };
}

// Bedrock pads each event with a random-length "p" field so sizes do not leak content lengths.
const pad = (n: number) => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.slice(0, 1 + (n % 40));

/**
 * The ConverseStream event sequence, each event one binary frame: messageStart; reasoning deltas
 * (text, then signature) and contentBlockStop; text deltas and stop; per tool a contentBlockStart
 * with `toolUse`, input JSON deltas, stop; messageStop with the stop reason; metadata with usage.
 */
export function renderConverseStream(reply: PlannedReply, _request: NormalizedRequest): RenderedStream {
  const frames: Frame[] = [];
  let n = 0;
  const push = (type: string, payload: Record<string, unknown>) => {
    frames.push(converseEvent(type, { ...payload, p: pad(n++) }));
  };
  push('messageStart', { role: 'assistant' });
  let index = 0;
  if (reply.reasoning !== undefined) {
    for (const piece of reply.reasoningChunks)
      push('contentBlockDelta', { contentBlockIndex: index, delta: { reasoningContent: { text: piece } } });
    push('contentBlockDelta', { contentBlockIndex: index, delta: { reasoningContent: { signature: reply.reasoningSignature ?? '' } } });
    push('contentBlockStop', { contentBlockIndex: index });
    index++;
  }
  if (reply.content !== '' || reply.toolCalls.length === 0) {
    for (const piece of reply.contentChunks) push('contentBlockDelta', { contentBlockIndex: index, delta: { text: piece } });
    push('contentBlockStop', { contentBlockIndex: index });
    index++;
  }
  for (const call of reply.toolCalls) {
    push('contentBlockStart', { contentBlockIndex: index, start: { toolUse: { toolUseId: toolUseId(call.id), name: call.name } } });
    for (const piece of splitEvenly(call.arguments))
      push('contentBlockDelta', { contentBlockIndex: index, delta: { toolUse: { input: piece } } });
    push('contentBlockStop', { contentBlockIndex: index });
    index++;
  }
  push('messageStop', { stopReason: converseStopReason(reply.finishReason) });
  push('metadata', { usage: converseUsage(reply), metrics: { latencyMs: 42 } });
  return { contentType: 'application/vnd.amazon.eventstream', headers: { 'x-amzn-requestid': REQUEST_ID(reply) }, frames };
}

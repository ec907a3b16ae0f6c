import type { NormalizedRequest } from '../../normalized-request.js';
import type { PlannedReply } from '../../planned-reply.js';
import type { Frame, RenderedStream } from '../../protocol-handler.js';
import { splitEvenly } from '../../split-into-chunks.js';
import { sseData } from '../../sse.js';
import { openaiUsage } from './openai-usage.js';

/**
 * `chat.completion.chunk` events as OpenAI sends them: a role chunk, reasoning deltas (DeepSeek
 * style, `content: null`), content deltas, tool calls (id+name first, then argument pieces), a
 * finish chunk, then — only with `include_usage` — a usage chunk with `choices: []`, then `[DONE]`.
 */
export function renderOpenAIStream(reply: PlannedReply, request: NormalizedRequest): RenderedStream {
  const head = `{"id":"chatcmpl-${reply.id}","object":"chat.completion.chunk","created":${reply.created},"model":${JSON.stringify(reply.model)},"system_fingerprint":"fp_fake","choices":`;
  const tail = request.includeUsage ? ',"usage":null}' : '}';
  const frames: Frame[] = [];
  const choice = (delta: Record<string, unknown>, finish: string | null = null): void => {
    frames.push(sseData(`${head}[${JSON.stringify({ index: 0, delta, logprobs: null, finish_reason: finish })}]${tail}`));
  };

  choice({ role: 'assistant', content: '', refusal: null });
  if (reply.reasoningField === 'think_tags' && reply.reasoning !== undefined) {
    const pieces = reply.reasoningChunks;
    pieces.forEach((piece, i) => {
      choice({ content: `${i === 0 ? '<think>' : ''}${piece}${i === pieces.length - 1 ? '</think>' : ''}` });
    });
  } else {
    const field = reply.reasoningField ?? 'reasoning_content';
    for (const piece of reply.reasoningChunks) choice({ content: null, [field]: piece });
  }
  for (const piece of reply.contentChunks) choice({ content: piece });
  reply.toolCalls.forEach((call, index) => {
    choice({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] });
    for (const piece of splitEvenly(call.arguments)) choice({ tool_calls: [{ index, function: { arguments: piece } }] });
  });
  choice({}, reply.finishReason);
  if (request.includeUsage) {
    frames.push(sseData(`${head}[],"usage":${JSON.stringify(openaiUsage(reply.usage))}}`));
  }
  return {
    contentType: 'text/event-stream; charset=utf-8',
    headers: { 'x-request-id': `req_${reply.id}` },
    frames,
    trailer: ['data: [DONE]\n\n'],
  };
}

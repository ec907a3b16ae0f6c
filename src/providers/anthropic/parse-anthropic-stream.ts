import { createLLMError } from '../../errors/llm-error.js';
import type { FinishReason } from '../../spec/chat-result.js';
import type { StreamDelta } from '../../spec/stream-delta.js';
import type { AdapterContext, SseEvent, StreamParser } from '../provider-adapter.js';
import { isRecord } from '../shared/is-record.js';
import { anthropicStreamError } from './classify-anthropic-error.js';
import { type AnthropicUsageCounters, convertAnthropicUsage, readAnthropicUsage } from './convert-anthropic-usage.js';
import { mapAnthropicStopReason } from './map-anthropic-stop-reason.js';

type BlockState =
  | { kind: 'text' }
  | { kind: 'thinking'; text: string; signature: string }
  | { kind: 'tool'; toolIndex: number; sawArguments: boolean; startInput: unknown }
  | { kind: 'other' };

/**
 * Stateful parser for one Messages API event stream.
 *
 * - `message_start` yields a delta with `id`/`model`/`provider` and records input usage;
 * - tool calls get the OpenAI-style `index` among tool_use blocks (0, 1, …), not the content
 *   block index, which also counts text and thinking blocks;
 * - a thinking block is announced as `reasoning_content` fragments while it streams and, at its
 *   `content_block_stop`, as one complete `reasoning_details` entry (full text + signature from
 *   `signature_delta`). Deltas' `reasoning_details` arrays therefore concatenate into the list to
 *   send back; they are never fragments to join;
 * - `message_delta` carries the stop reason and output usage; the final delta (on `message_stop`,
 *   or from `finish()` if the stream ended without one) carries `finish_reason` and `usage`;
 * - an `error` event (e.g. `overloaded_error` after a 200) is thrown as a classified LLMError.
 */
export function createAnthropicStreamParser(ctx: Pick<AdapterContext, 'provider' | 'model'>): StreamParser {
  const { provider } = ctx;
  const blocks = new Map<number, BlockState>();
  const counters: AnthropicUsageCounters = {};
  let toolCount = 0;
  let finishReason: FinishReason | null = null;
  let sawMessageDelta = false;
  let finished = false;

  const finalDelta = (): StreamDelta[] => {
    finished = true;
    return [{ finish_reason: finishReason, usage: convertAnthropicUsage(counters) }];
  };

  const onBlockStart = (index: number, block: Record<string, unknown>): StreamDelta[] => {
    switch (block.type) {
      case 'text':
        blocks.set(index, { kind: 'text' });
        return typeof block.text === 'string' && block.text !== '' ? [{ content: block.text }] : [];
      case 'thinking': {
        const text = typeof block.thinking === 'string' ? block.thinking : '';
        blocks.set(index, { kind: 'thinking', text, signature: typeof block.signature === 'string' ? block.signature : '' });
        return text !== '' ? [{ reasoning_content: text }] : [];
      }
      case 'redacted_thinking':
        blocks.set(index, { kind: 'other' });
        return typeof block.data === 'string' ? [{ reasoning_details: [{ type: 'redacted_thinking', data: block.data }] }] : [];
      case 'tool_use': {
        const toolIndex = toolCount++;
        blocks.set(index, { kind: 'tool', toolIndex, sawArguments: false, startInput: block.input });
        return [
          {
            tool_calls: [
              {
                index: toolIndex,
                id: typeof block.id === 'string' ? block.id : `toolu_${toolIndex}`,
                type: 'function',
                function: { name: typeof block.name === 'string' ? block.name : '', arguments: '' },
              },
            ],
          },
        ];
      }
      default:
        blocks.set(index, { kind: 'other' });
        return [];
    }
  };

  const onBlockDelta = (index: number, delta: Record<string, unknown>): StreamDelta[] => {
    const block = blocks.get(index);
    switch (delta.type) {
      case 'text_delta':
        return typeof delta.text === 'string' && delta.text !== '' ? [{ content: delta.text }] : [];
      case 'input_json_delta':
        if (block?.kind !== 'tool' || typeof delta.partial_json !== 'string' || delta.partial_json === '') return [];
        block.sawArguments = true;
        return [{ tool_calls: [{ index: block.toolIndex, function: { arguments: delta.partial_json } }] }];
      case 'thinking_delta':
        if (typeof delta.thinking !== 'string' || delta.thinking === '') return [];
        if (block?.kind === 'thinking') block.text += delta.thinking;
        return [{ reasoning_content: delta.thinking }];
      case 'signature_delta':
        if (block?.kind === 'thinking' && typeof delta.signature === 'string') block.signature += delta.signature;
        return [];
      default:
        // citations_delta and future delta types carry nothing we map.
        return [];
    }
  };

  const onBlockStop = (index: number): StreamDelta[] => {
    const block = blocks.get(index);
    blocks.delete(index);
    if (block?.kind === 'thinking') {
      return [
        {
          reasoning_details: [{ type: 'thinking', text: block.text, ...(block.signature ? { signature: block.signature } : {}) }],
        },
      ];
    }
    if (block?.kind === 'tool' && !block.sawArguments) {
      // Argument-less calls stream no JSON; report "{}" (or an input given up front) like the
      // non-streaming path does.
      return [{ tool_calls: [{ index: block.toolIndex, function: { arguments: JSON.stringify(block.startInput ?? {}) } }] }];
    }
    return [];
  };

  return {
    push(event: SseEvent): StreamDelta[] {
      if (event.data === '' || event.data === '[DONE]') return [];
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        throw createLLMError({ kind: 'server', provider, message: `${provider}: malformed stream event: ${event.data.slice(0, 200)}` });
      }
      if (!isRecord(data)) return [];
      const type = typeof data.type === 'string' ? data.type : event.event;
      const index = typeof data.index === 'number' ? data.index : -1;

      switch (type) {
        case 'message_start': {
          const message = isRecord(data.message) ? data.message : {};
          readAnthropicUsage(message.usage, counters);
          const delta: StreamDelta = { provider, model: typeof message.model === 'string' ? message.model : ctx.model };
          if (typeof message.id === 'string') delta.id = message.id;
          return [delta];
        }
        case 'content_block_start':
          return isRecord(data.content_block) ? onBlockStart(index, data.content_block) : [];
        case 'content_block_delta':
          return isRecord(data.delta) ? onBlockDelta(index, data.delta) : [];
        case 'content_block_stop':
          return onBlockStop(index);
        case 'message_delta':
          sawMessageDelta = true;
          if (isRecord(data.delta) && data.delta.stop_reason != null) finishReason = mapAnthropicStopReason(data.delta.stop_reason);
          readAnthropicUsage(data.usage, counters);
          return [];
        case 'message_stop':
          return finished ? [] : finalDelta();
        case 'error':
          throw anthropicStreamError(data, provider);
        default:
          // `ping` keep-alives and future event types.
          return [];
      }
    },
    finish(): StreamDelta[] {
      return !finished && sawMessageDelta ? finalDelta() : [];
    },
  };
}

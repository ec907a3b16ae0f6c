import { createLLMError } from '../../errors/llm-error.js';
import type { FinishReason } from '../../spec/chat-result.js';
import type { StreamDelta } from '../../spec/stream-delta.js';
import type { Usage } from '../../spec/usage.js';
import { isRecord, readNumber, readString } from '../classify/json-guards.js';
import type { AdapterContext, SseEvent, StreamParser } from '../provider-adapter.js';
import { isEventStreamException } from './aws-eventstream-decoder.js';
import { bedrockStreamError } from './classify-bedrock-error.js';
import { convertBedrockUsage } from './convert-bedrock-usage.js';
import { mapBedrockStopReason } from './map-bedrock-stop-reason.js';

type BlockState =
  | { kind: 'text' }
  | { kind: 'reasoning'; text: string; signature: string }
  | { kind: 'tool'; toolIndex: number; sawArguments: boolean };

/**
 * Stateful parser for one ConverseStream, fed the events `AwsEventStreamDecoder` produces
 * (`{event: ':event-type', data: payload JSON}`):
 *
 * - `messageStart` → a delta with provider/model;
 * - `contentBlockStart` with `start.toolUse` opens a tool call (OpenAI `index` counts tool blocks
 *   only); `contentBlockDelta` carries `text`, `toolUse.input` JSON fragments, or
 *   `reasoningContent` (`text`, `signature`, `redactedContent`); text and reasoning blocks may
 *   arrive without a start event;
 * - `contentBlockStop` closes a reasoning block as one complete `reasoning_details` entry and gives
 *   argument-less tool calls `"{}"`;
 * - `messageStop` has the stop reason, `metadata` (after it) the usage: the final delta is emitted
 *   on `metadata`, or from `finish()` when the stream ended without one;
 * - exception events (`throttlingException`, `modelStreamErrorException`, …) are thrown as
 *   classified LLMErrors.
 */
export function createBedrockStreamParser(ctx: Pick<AdapterContext, 'provider' | 'model'>): StreamParser {
  const { provider } = ctx;
  const blocks = new Map<number, BlockState>();
  let toolCount = 0;
  let finishReason: FinishReason | null = null;
  let sawStop = false;
  let usage: Usage | undefined;
  let finished = false;

  const final = (): StreamDelta[] => {
    finished = true;
    return [{ finish_reason: finishReason, usage: usage ?? convertBedrockUsage(undefined) }];
  };

  const onDelta = (index: number, delta: Record<string, unknown>): StreamDelta[] => {
    if (typeof delta.text === 'string') {
      if (!blocks.has(index)) blocks.set(index, { kind: 'text' });
      return delta.text === '' ? [] : [{ content: delta.text }];
    }
    if (isRecord(delta.toolUse)) {
      const block = blocks.get(index);
      const input = readString(delta.toolUse.input);
      if (block?.kind !== 'tool' || !input) return [];
      block.sawArguments = true;
      return [{ tool_calls: [{ index: block.toolIndex, function: { arguments: input } }] }];
    }
    if (isRecord(delta.reasoningContent)) {
      const rc = delta.reasoningContent;
      let block = blocks.get(index);
      if (block?.kind !== 'reasoning') {
        block = { kind: 'reasoning', text: '', signature: '' };
        blocks.set(index, block);
      }
      if (typeof rc.redactedContent === 'string') {
        return [{ reasoning_details: [{ type: 'redacted_thinking', data: rc.redactedContent }] }];
      }
      if (typeof rc.signature === 'string') block.signature += rc.signature;
      if (typeof rc.text === 'string' && rc.text !== '') {
        block.text += rc.text;
        return [{ reasoning_content: rc.text }];
      }
    }
    return [];
  };

  const onStop = (index: number): StreamDelta[] => {
    const block = blocks.get(index);
    blocks.delete(index);
    if (block?.kind === 'reasoning' && (block.text !== '' || block.signature !== '')) {
      return [{ reasoning_details: [{ type: 'thinking', text: block.text, ...(block.signature ? { signature: block.signature } : {}) }] }];
    }
    if (block?.kind === 'tool' && !block.sawArguments) {
      return [{ tool_calls: [{ index: block.toolIndex, function: { arguments: '{}' } }] }];
    }
    return [];
  };

  return {
    push(event: SseEvent): StreamDelta[] {
      if (isEventStreamException(event)) throw bedrockStreamError(event.event ?? 'error', event.data, provider);
      if (event.data === '') return [];
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        throw createLLMError({
          kind: 'server',
          provider,
          status: 502,
          message: `${provider}: malformed stream event ${event.event ?? ''}: ${event.data.slice(0, 200)}`,
        });
      }
      if (!isRecord(data)) return [];
      const index = readNumber(data.contentBlockIndex) ?? 0;
      switch (event.event) {
        case 'messageStart':
          return [{ provider, model: ctx.model }];
        case 'contentBlockStart': {
          const start = isRecord(data.start) ? data.start : {};
          if (!isRecord(start.toolUse)) return [];
          const toolIndex = toolCount++;
          blocks.set(index, { kind: 'tool', toolIndex, sawArguments: false });
          return [
            {
              tool_calls: [
                {
                  index: toolIndex,
                  id: readString(start.toolUse.toolUseId) ?? `tooluse_${toolIndex}`,
                  type: 'function',
                  function: { name: readString(start.toolUse.name) ?? '', arguments: '' },
                },
              ],
            },
          ];
        }
        case 'contentBlockDelta':
          return isRecord(data.delta) ? onDelta(index, data.delta) : [];
        case 'contentBlockStop':
          return onStop(index);
        case 'messageStop':
          sawStop = true;
          finishReason = mapBedrockStopReason(data.stopReason);
          return [];
        case 'metadata':
          usage = convertBedrockUsage(data.usage);
          return finished ? [] : final();
        default:
          return [];
      }
    },
    finish(): StreamDelta[] {
      return !finished && sawStop ? final() : [];
    },
  };
}

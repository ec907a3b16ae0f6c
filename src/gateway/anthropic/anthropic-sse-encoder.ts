import type { StreamDelta } from '../../spec/stream-delta.js';
import type { Usage } from '../../spec/usage.js';
import type { SseEncoder } from '../chat/sse-encoder.js';
import type { GatewayHttpError } from '../http/http-error.js';
import { renderAnthropicError } from '../http/render-error-body.js';
import { anthropicStopReason, anthropicUsage } from './to-anthropic-message.js';

type BlockKind = 'thinking' | 'text' | 'tool_use';

function event(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Canonical deltas → Anthropic Messages SSE: message_start, ping, content_block_start/delta/stop
 * (thinking + signature, text, tool_use with input_json_delta), message_delta with stop_reason
 * and final usage, message_stop. Blocks are opened lazily and closed when the kind changes.
 */
export class AnthropicSseEncoder implements SseEncoder {
  private readonly id: string;
  private readonly fallbackModel: string;
  private readonly requestId: string;
  private blockIndex = -1;
  private blockKind: BlockKind | undefined;
  /** Canonical tool-call index → Anthropic content block index. */
  private readonly toolBlocks = new Map<number, number>();
  private sawTools = false;
  private finish: string | null | undefined;
  private usage: Usage | undefined;

  constructor(id: string, fallbackModel: string, requestId: string) {
    this.id = id;
    this.fallbackModel = fallbackModel;
    this.requestId = requestId;
  }

  open(first: StreamDelta): string {
    const message = {
      id: this.id,
      type: 'message',
      role: 'assistant',
      model: first.model ?? this.fallbackModel,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: 0, output_tokens: 0 },
    };
    return event('message_start', { type: 'message_start', message }) + event('ping', { type: 'ping' });
  }

  encode(d: StreamDelta): string {
    let out = '';
    if (d.reasoning_content) {
      out += this.ensure('thinking');
      out += event('content_block_delta', {
        type: 'content_block_delta',
        index: this.blockIndex,
        delta: { type: 'thinking_delta', thinking: d.reasoning_content },
      });
    }
    for (const rd of d.reasoning_details ?? []) {
      if (rd.type === 'thinking' && rd.signature) {
        out += this.ensure('thinking');
        out += event('content_block_delta', {
          type: 'content_block_delta',
          index: this.blockIndex,
          delta: { type: 'signature_delta', signature: rd.signature },
        });
      } else if (rd.type === 'redacted_thinking') {
        out += this.closeBlock();
        this.blockIndex++;
        out += event('content_block_start', {
          type: 'content_block_start',
          index: this.blockIndex,
          content_block: { type: 'redacted_thinking', data: rd.data },
        });
        out += event('content_block_stop', { type: 'content_block_stop', index: this.blockIndex });
      }
    }
    if (d.content) {
      out += this.ensure('text');
      out += event('content_block_delta', {
        type: 'content_block_delta',
        index: this.blockIndex,
        delta: { type: 'text_delta', text: d.content },
      });
    }
    for (const tc of d.tool_calls ?? []) {
      this.sawTools = true;
      let index = this.toolBlocks.get(tc.index);
      if (index === undefined) {
        out += this.closeBlock();
        this.blockIndex++;
        index = this.blockIndex;
        this.blockKind = 'tool_use';
        this.toolBlocks.set(tc.index, index);
        out += event('content_block_start', {
          type: 'content_block_start',
          index,
          content_block: {
            type: 'tool_use',
            id: tc.id ?? `toolu_${this.id.slice(4)}_${tc.index}`,
            name: tc.function?.name ?? '',
            input: {},
          },
        });
      }
      const args = tc.function?.arguments;
      if (args)
        out += event('content_block_delta', {
          type: 'content_block_delta',
          index,
          delta: { type: 'input_json_delta', partial_json: args },
        });
    }
    if (d.finish_reason) this.finish = d.finish_reason;
    if (d.usage) this.usage = d.usage;
    return out;
  }

  close(): string {
    const delta = { stop_reason: anthropicStopReason(this.finish, this.sawTools), stop_sequence: null };
    return (
      this.closeBlock() +
      event('message_delta', { type: 'message_delta', delta, usage: anthropicUsage(this.usage) }) +
      event('message_stop', { type: 'message_stop' })
    );
  }

  fail(error: GatewayHttpError): string {
    return event('error', renderAnthropicError(error, this.requestId));
  }

  private ensure(kind: BlockKind): string {
    if (this.blockKind === kind && kind !== 'tool_use') return '';
    let out = this.closeBlock();
    this.blockIndex++;
    this.blockKind = kind;
    const block = kind === 'thinking' ? { type: 'thinking', thinking: '', signature: '' } : { type: 'text', text: '' };
    out += event('content_block_start', { type: 'content_block_start', index: this.blockIndex, content_block: block });
    return out;
  }

  private closeBlock(): string {
    if (this.blockKind === undefined) return '';
    this.blockKind = undefined;
    return event('content_block_stop', { type: 'content_block_stop', index: this.blockIndex });
  }
}

import type { StreamDelta } from '../../spec/stream-delta.js';
import type { SseEncoder } from '../chat/sse-encoder.js';
import type { GatewayHttpError } from '../http/http-error.js';
import { OpenAIChunkEncoder, openaiStreamError } from './openai-chunk-encoder.js';

/** OpenAI Chat Completions streaming: role chunk, deltas, finish chunk, optional usage chunk, [DONE]. */
export class OpenAISseEncoder implements SseEncoder {
  private chunks: OpenAIChunkEncoder | undefined;
  private readonly id: string;
  private readonly created: number;
  private readonly includeUsage: boolean;
  private readonly fallbackModel: string;

  constructor(id: string, created: number, includeUsage: boolean, fallbackModel: string) {
    this.id = id;
    this.created = created;
    this.includeUsage = includeUsage;
    this.fallbackModel = fallbackModel;
  }

  open(first: StreamDelta): string {
    this.chunks = new OpenAIChunkEncoder(this.id, this.created, first.model ?? this.fallbackModel);
    return this.chunks.roleChunk();
  }

  encode(delta: StreamDelta): string {
    return this.chunks ? this.chunks.encode(delta) : '';
  }

  close(): string {
    return this.chunks ? this.chunks.end(this.includeUsage) : 'data: [DONE]\n\n';
  }

  fail(error: GatewayHttpError): string {
    return openaiStreamError(error);
  }
}

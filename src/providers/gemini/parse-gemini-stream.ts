import { createLLMError } from '../../errors/llm-error.js';
import type { StreamDelta } from '../../spec/stream-delta.js';
import type { AdapterContext, SseEvent, StreamParser } from '../provider-adapter.js';
import { isRecord } from '../shared/is-record.js';
import { geminiBodyError } from './classify-gemini-error.js';
import { convertGeminiUsage } from './convert-gemini-usage.js';
import { mapGeminiFinishReason } from './map-gemini-finish-reason.js';
import { readGeminiParts } from './read-gemini-parts.js';

/**
 * Stateful parser for `streamGenerateContent?alt=sse`: every SSE data line is a whole
 * GenerateContentResponse chunk.
 *
 * - one delta per chunk with its text (`content`), thought text (`reasoning_content`), function
 *   calls and thought signatures (`reasoning_details`); the first also names provider, model, id;
 * - Gemini sends each function call whole, so it becomes a single tool_calls delta with id, name
 *   and complete arguments, at an index counting calls across the stream (0, 1, …);
 * - usage is taken from the last chunk that has `usageMetadata` and the finish reason from the last
 *   chunk that has one; both go on the final delta, emitted by `finish()` since Gemini sends no
 *   end-of-stream event;
 * - an `{error: …}` chunk is thrown as a classified LLMError.
 */
export function createGeminiStreamParser(ctx: Pick<AdapterContext, 'provider' | 'model'>): StreamParser {
  const { provider } = ctx;
  let toolCount = 0;
  let usageMetadata: unknown;
  let finishReason: unknown;
  let finishMessage: string | undefined;
  let blockReason: string | undefined;
  let started = false;
  let finished = false;

  return {
    push(event: SseEvent): StreamDelta[] {
      if (event.data === '' || event.data === '[DONE]') return [];
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        throw createLLMError({ kind: 'server', provider, message: `${provider}: malformed stream chunk: ${event.data.slice(0, 200)}` });
      }
      if (!isRecord(data)) return [];
      if (isRecord(data.error)) throw geminiBodyError(data, provider);

      const delta: StreamDelta = {};
      if (!started) {
        started = true;
        delta.provider = provider;
        delta.model = typeof data.modelVersion === 'string' ? data.modelVersion : ctx.model;
        if (typeof data.responseId === 'string') delta.id = data.responseId;
      }
      if (data.usageMetadata !== undefined) usageMetadata = data.usageMetadata;

      const candidate = Array.isArray(data.candidates) ? data.candidates.find(isRecord) : undefined;
      if (candidate) {
        const parts = readGeminiParts(isRecord(candidate.content) ? candidate.content.parts : undefined, toolCount);
        if (parts.text !== '') delta.content = parts.text;
        if (parts.reasoning !== '') delta.reasoning_content = parts.reasoning;
        if (parts.toolCalls.length > 0) {
          delta.tool_calls = parts.toolCalls.map((call, k) => ({ index: toolCount + k, ...call }));
          toolCount += parts.toolCalls.length;
        }
        if (parts.signatures.length > 0) delta.reasoning_details = parts.signatures;
        if (candidate.finishReason != null) finishReason = candidate.finishReason;
        if (typeof candidate.finishMessage === 'string') finishMessage = candidate.finishMessage;
      } else if (isRecord(data.promptFeedback) && typeof data.promptFeedback.blockReason === 'string') {
        blockReason = data.promptFeedback.blockReason;
      }
      return Object.keys(delta).length > 0 ? [delta] : [];
    },

    finish(): StreamDelta[] {
      if (!started || finished) return [];
      finished = true;
      const delta: StreamDelta = {};
      if (finishReason !== undefined) {
        const mapped = mapGeminiFinishReason(finishReason, toolCount > 0);
        delta.finish_reason = mapped.finishReason;
        if (mapped.warning) delta.warnings = [finishMessage ? `${mapped.warning}: ${finishMessage}` : mapped.warning];
      } else if (blockReason !== undefined) {
        delta.finish_reason = 'content_filter';
        delta.warnings = [`Gemini blocked the prompt: ${blockReason}`];
      } else {
        delta.finish_reason = null;
      }
      delta.usage = convertGeminiUsage(usageMetadata);
      return [delta];
    },
  };
}

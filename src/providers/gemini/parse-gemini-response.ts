import { createLLMError } from '../../errors/llm-error.js';
import type { ChatResult } from '../../spec/chat-result.js';
import type { AdapterContext } from '../provider-adapter.js';
import { isRecord } from '../shared/is-record.js';
import { geminiBodyError } from './classify-gemini-error.js';
import { convertGeminiUsage } from './convert-gemini-usage.js';
import { mapGeminiFinishReason } from './map-gemini-finish-reason.js';
import { readGeminiParts } from './read-gemini-parts.js';

/**
 * A `generateContent` response → canonical result, from the first candidate (we ask for one).
 *
 * A prompt Gemini refuses to answer comes back as HTTP 200 with `promptFeedback.blockReason` and
 * no candidates. That is reported as a normal result with `finish_reason: "content_filter"`, no
 * content and a warning naming the reason — the same shape as an answer stopped by SAFETY — and
 * not thrown: the request was valid and was answered, just with nothing, and the router may decide
 * whether a content-filtered answer is worth another provider. An `{error}` body is thrown.
 */
export function parseGeminiResponse(body: unknown, ctx: Pick<AdapterContext, 'provider' | 'model'>): ChatResult {
  if (!isRecord(body)) {
    throw createLLMError({ kind: 'server', provider: ctx.provider, message: `${ctx.provider}: response body is not a JSON object` });
  }
  if (isRecord(body.error)) throw geminiBodyError(body, ctx.provider);

  const candidate = Array.isArray(body.candidates) ? body.candidates.find(isRecord) : undefined;
  const parts = readGeminiParts(candidate && isRecord(candidate.content) ? candidate.content.parts : undefined);
  const warnings: string[] = [];

  let finishReason: ChatResult['finish_reason'];
  if (candidate) {
    const mapped = mapGeminiFinishReason(candidate.finishReason, parts.toolCalls.length > 0);
    finishReason = mapped.finishReason;
    if (mapped.warning) {
      const detail = typeof candidate.finishMessage === 'string' ? `: ${candidate.finishMessage}` : '';
      warnings.push(`${mapped.warning}${detail}`);
    }
  } else {
    const feedback = isRecord(body.promptFeedback) ? body.promptFeedback : {};
    const blockReason = typeof feedback.blockReason === 'string' ? feedback.blockReason : undefined;
    finishReason = blockReason ? 'content_filter' : null;
    warnings.push(blockReason ? `Gemini blocked the prompt: ${blockReason}` : 'Gemini returned no candidates');
  }

  const result: ChatResult = {
    content: parts.text !== '' ? parts.text : null,
    reasoning_content: parts.reasoning !== '' ? parts.reasoning : null,
    tool_calls: parts.toolCalls.length > 0 ? parts.toolCalls : null,
    finish_reason: finishReason,
    usage: convertGeminiUsage(body.usageMetadata),
    provider: ctx.provider,
    model: typeof body.modelVersion === 'string' ? body.modelVersion : ctx.model,
    raw: body,
  };
  if (parts.signatures.length > 0) result.reasoning_details = parts.signatures;
  if (typeof body.responseId === 'string') result.id = body.responseId;
  if (warnings.length > 0) result.warnings = warnings;
  return result;
}

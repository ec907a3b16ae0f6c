import type { NormalizedRequest } from '../../normalized-request.js';
import type { PlannedReply } from '../../planned-reply.js';
import type { RenderedResponse } from '../../protocol-handler.js';
import { candidate, functionCallParts, geminiUsage } from './gemini-candidate.js';

/** A GenerateContentResponse: thought part, text part, functionCall parts, usageMetadata. */
export function renderGeminiJson(reply: PlannedReply, _request: NormalizedRequest): RenderedResponse {
  const parts: Record<string, unknown>[] = [];
  if (reply.reasoning !== undefined) parts.push({ text: reply.reasoning, thought: true });
  if (reply.content !== '' || reply.toolCalls.length === 0) {
    const text: Record<string, unknown> = { text: reply.content };
    if (reply.toolCalls.length === 0 && reply.reasoningSignature !== undefined) text.thoughtSignature = reply.reasoningSignature;
    parts.push(text);
  }
  parts.push(...functionCallParts(reply));
  return {
    status: 200,
    body: {
      candidates: [candidate(reply, parts, true)],
      usageMetadata: geminiUsage(reply),
      modelVersion: reply.model,
      responseId: reply.id,
    },
  };
}

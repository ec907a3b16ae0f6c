import type { PlannedReply } from '../../planned-reply.js';

/** Gemini finish reasons for the neutral ones (function calls end with STOP); native values pass through. */
export function geminiFinishReason(finish: string): string {
  switch (finish) {
    case 'stop':
    case 'tool_calls':
      return 'STOP';
    case 'length':
      return 'MAX_TOKENS';
    case 'content_filter':
      return 'SAFETY';
    default:
      return finish;
  }
}

/** Full usage (last chunk / JSON); thoughts are counted apart from candidates, as Gemini does. */
export function geminiUsage(reply: PlannedReply): Record<string, unknown> {
  const u = reply.usage;
  const usage: Record<string, unknown> = {
    promptTokenCount: u.inputTokens,
    candidatesTokenCount: u.outputTokens - u.reasoningTokens,
    totalTokenCount: u.inputTokens + u.outputTokens,
    promptTokensDetails: [{ modality: 'TEXT', tokenCount: u.inputTokens }],
  };
  if (u.reasoningTokens > 0) usage.thoughtsTokenCount = u.reasoningTokens;
  if (u.cachedTokens > 0) usage.cachedContentTokenCount = u.cachedTokens;
  return usage;
}

/** What intermediate stream chunks carry: the prompt count only. */
export function geminiPromptUsage(reply: PlannedReply): Record<string, unknown> {
  const n = reply.usage.inputTokens;
  return { promptTokenCount: n, totalTokenCount: n, promptTokensDetails: [{ modality: 'TEXT', tokenCount: n }] };
}

export function functionCallParts(reply: PlannedReply): Record<string, unknown>[] {
  return reply.toolCalls.map((call, i) => {
    const part: Record<string, unknown> = { functionCall: { name: call.name, args: parseArgs(call.arguments) } };
    // Thinking models sign the first function call; clients must send it back.
    if (i === 0 && reply.reasoningSignature !== undefined) part.thoughtSignature = reply.reasoningSignature;
    return part;
  });
}

function parseArgs(text: string): unknown {
  try {
    return JSON.parse(text || '{}');
  } catch {
    return { _raw: text };
  }
}

export function candidate(reply: PlannedReply, parts: Record<string, unknown>[], final: boolean): Record<string, unknown> {
  const c: Record<string, unknown> = { content: { parts, role: 'model' }, index: 0 };
  if (final) {
    c.finishReason = geminiFinishReason(reply.finishReason);
    if (c.finishReason === 'SAFETY') {
      c.safetyRatings = [{ category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH', blocked: true }];
    }
  }
  return c;
}

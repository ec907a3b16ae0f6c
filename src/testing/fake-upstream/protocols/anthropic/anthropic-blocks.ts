import type { PlannedReply, PlannedToolCall } from '../../planned-reply.js';

/** Anthropic stop reasons for the neutral finish reasons; provider-native values pass through. */
export function anthropicStopReason(finish: string): string {
  switch (finish) {
    case 'stop':
      return 'end_turn';
    case 'length':
      return 'max_tokens';
    case 'tool_calls':
      return 'tool_use';
    case 'content_filter':
      return 'refusal';
    default:
      return finish;
  }
}

/** `toolu_…` ids for generated calls; ids a rule chose are kept. */
export function anthropicToolId(call: PlannedToolCall): string {
  return call.id.startsWith('call_') ? `toolu_${call.id.slice(5)}` : call.id;
}

export function anthropicUsage(reply: PlannedReply, outputTokens = reply.usage.outputTokens): Record<string, unknown> {
  const u = reply.usage;
  return {
    input_tokens: u.inputTokens - u.cachedTokens,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: u.cachedTokens,
    output_tokens: outputTokens,
    service_tier: 'standard',
  };
}

/** A text block is sent when there is text, or when nothing else would be (an empty answer). */
export function hasTextBlock(reply: PlannedReply): boolean {
  return reply.content !== '' || reply.toolCalls.length === 0;
}

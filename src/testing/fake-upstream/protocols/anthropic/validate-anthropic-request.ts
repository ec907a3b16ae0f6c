import { FakeRequestError } from '../../fake-request-error.js';
import { asArray, asNumber, asRecord, asString } from '../../guards.js';
import type { IncomingRoute } from '../../incoming-route.js';
import type { NormalizedRequest } from '../../normalized-request.js';

/** The Messages API checks adapters most often fail: required fields, tool pairing, thinking budget. */
export function validateAnthropicRequest(request: NormalizedRequest, req: IncomingRoute): FakeRequestError | undefined {
  const bad = (message: string) => new FakeRequestError('bad_request', message);
  if (req.headers['anthropic-version'] === undefined) return bad('anthropic-version: header is required');
  const b = asRecord(request.body);
  if (typeof b.model !== 'string' || b.model === '') return bad('model: Field required');
  const maxTokens = asNumber(b.max_tokens);
  if (maxTokens === undefined) return bad('max_tokens: Field required');
  if (!Array.isArray(b.messages)) return bad('messages: Field required');
  if (b.messages.length === 0) return bad('messages: at least one message is required');
  const temperature = asNumber(b.temperature);
  if (temperature !== undefined && (temperature < 0 || temperature > 1)) return bad('temperature: Input should be less than or equal to 1');

  const thinking = asRecord(b.thinking);
  if (thinking.type === 'enabled') {
    const budget = asNumber(thinking.budget_tokens) ?? 0;
    if (budget < 1024) return bad('thinking.enabled.budget_tokens: Input should be greater than or equal to 1024');
    if (budget >= maxTokens) {
      return bad(
        '`max_tokens` must be greater than `thinking.budget_tokens`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size',
      );
    }
  }

  let previousToolUses: string[] = [];
  for (let i = 0; i < b.messages.length; i++) {
    const m = asRecord(b.messages[i]);
    if (m.role !== 'user' && m.role !== 'assistant') return bad(`messages.${i}.role: Input should be 'user' or 'assistant'`);
    const blocks = asArray(m.content).map(asRecord);
    const results = blocks.map((block) => (block.type === 'tool_result' ? (asString(block.tool_use_id) ?? '') : undefined));
    const missing = previousToolUses.filter((id) => !results.includes(id));
    if (missing.length > 0) {
      return bad(
        `messages.${i}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${missing.join(', ')}. Each \`tool_use\` block must have a corresponding \`tool_result\` block in the next message.`,
      );
    }
    for (let j = 0; j < results.length; j++) {
      const id = results[j];
      if (id !== undefined && !previousToolUses.includes(id)) {
        return bad(
          `messages.${i}.content.${j}: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${id}. Each \`tool_result\` block must have a corresponding \`tool_use\` block in the previous message.`,
        );
      }
    }
    previousToolUses =
      m.role === 'assistant' ? blocks.filter((block) => block.type === 'tool_use').map((block) => asString(block.id) ?? '') : [];
  }
  return undefined;
}

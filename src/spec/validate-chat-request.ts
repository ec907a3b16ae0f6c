import { createLLMError, type LLMError } from '../errors/llm-error.js';
import { formatIssuePath } from '../settings/format-issue-path.js';
import type { ChatRequest } from './chat-request.js';
import { chatRequestSchema } from './chat-request-schema.js';
import { isPlainChatRequest } from './is-plain-chat-request.js';

/**
 * Validates a request and returns it typed, or throws an `invalid_request` LLMError whose message
 * and `code` name the first bad field (`messages[1].content`), as OpenAI's `param` does.
 * JSON `null` for optional OpenAI fields is normalised away so adapters never see it.
 */
export function validateChatRequest(input: unknown): ChatRequest {
  if (isPlainChatRequest(input)) return { ...input };
  const parsed = chatRequestSchema.safeParse(input);
  if (!parsed.success) throw requestError(parsed.error.issues);
  const out = parsed.data as Record<string, unknown>;
  for (const key of Object.keys(out)) if (out[key] === null) delete out[key];
  return out as unknown as ChatRequest;
}

function requestError(issues: { path: PropertyKey[]; message: string; code?: string }[]): LLMError {
  const first = issues[0];
  const param = formatIssuePath(first.path) || 'body';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '';
  return createLLMError({
    kind: 'invalid_request',
    status: 400,
    code: param,
    message: `${param}: ${first.message}${more}`,
    body: { param, issues: issues.slice(0, 10).map((i) => ({ path: formatIssuePath(i.path), message: i.message })) },
  });
}

import type { NormalizedRequest } from '../../normalized-request.js';
import type { PlannedReply } from '../../planned-reply.js';
import type { RenderedStream } from '../../protocol-handler.js';
/**
 * `chat.completion.chunk` events as OpenAI sends them: a role chunk, reasoning deltas (DeepSeek
 * style, `content: null`), content deltas, tool calls (id+name first, then argument pieces), a
 * finish chunk, then — only with `include_usage` — a usage chunk with `choices: []`, then `[DONE]`.
 */
export declare function renderOpenAIStream(reply: PlannedReply, request: NormalizedRequest): RenderedStream;

import type { RequestContext } from '../http/request-context.js';
/** POST /v1/messages/count_tokens — Anthropic-compatible `{input_tokens}` (Claude Code calls it). */
export declare function anthropicCountTokens(ctx: RequestContext): Promise<void>;

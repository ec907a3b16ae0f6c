import type { RequestContext } from '../http/request-context.js';
/** POST /v1/chat/completions (and /api/v1/chat/completions): OpenAI-exact JSON and SSE. */
export declare function chatCompletions(ctx: RequestContext): Promise<void>;
/** Gateway time that was not spent waiting for an upstream answer. */
export declare function overheadOf(ctx: RequestContext, attempts: readonly {
    latencyMs: number;
    outcome: string;
    hedged?: boolean;
}[]): number;

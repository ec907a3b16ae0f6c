import type { Deployment } from '../client/deployment.js';
import type { ChatRequest } from '../spec/chat-request.js';
import type { ChatResult, Cost } from '../spec/chat-result.js';
/**
 * Cheap prompt-size estimate for context checks and TPM admission: ~4 chars per token for Latin
 * text, ~1 token per CJK character, plus framing. Exact counts come from src/tokens when needed;
 * this runs on every attempt and must stay in the microsecond range.
 */
export declare function defaultEstimatePromptTokens(request: ChatRequest, _deployment: Deployment): number;
/** Cost from settings pricing (per million tokens); the catalog fills in when wired. */
export declare function defaultCostOf(result: ChatResult, deployment: Deployment): Cost | undefined;

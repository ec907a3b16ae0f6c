import type { ChatRequest } from '../../spec/chat-request.js';
import type { AdapterContext } from '../provider-adapter.js';
import type { BedrockConverseRequest } from './bedrock-wire-types.js';
/** Claude's floor for `thinking.budget_tokens`. */
export declare const MIN_THINKING_BUDGET = 1024;
export interface BedrockRequestConversion {
    body: BedrockConverseRequest & Record<string, unknown>;
    warnings: string[];
}
/** Anthropic models on Bedrock, by base id, cross-region profile (`us.`, `global.`) or ARN. */
export declare function isAnthropicModel(model: string): boolean;
/**
 * Canonical request → Converse body (same body for `/converse` and `/converse-stream`). Provider
 * extras go to `additionalModelRequestFields`: Claude `thinking`, Nova `reasoningConfig`;
 * `provider_options.bedrock` is deep-merged last so any Converse field can be set by hand.
 */
export declare function convertToBedrockRequest(request: ChatRequest, ctx: AdapterContext): BedrockRequestConversion;

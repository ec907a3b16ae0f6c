import type { StreamParser } from '../providers/provider-adapter.js';
import type { ChatRequest } from '../spec/chat-request.js';
import type { ChatResult } from '../spec/chat-result.js';
import type { Deployment } from './deployment.js';
/** Request rewrites that need a matching rewrite of the result (tool emulation). */
export interface RequestTransform {
    request: ChatRequest;
    warnings: string[];
    finishResult(result: ChatResult): ChatResult;
    wrapStreamParser(parser: StreamParser): StreamParser;
}
/**
 * Applies model-level adaptations before the adapter converts the request: `model` is the
 * deployment's, and models without native tool calling (`function_call_available: false`) get
 * tools emulated through the prompt, with the reply parsed back into `tool_calls`. Only the
 * declared tool names are accepted, so an ordinary JSON answer is not mistaken for a call.
 */
export declare function prepareRequest(request: ChatRequest, deployment: Deployment): RequestTransform;

import type { EngineCallOptions } from '../../engine/engine-types.js';
import type { ChatRequest } from '../../spec/chat-request.js';
import type { RequestContext } from '../http/request-context.js';
/**
 * Everything between a validated request and the engine call: pick the model (request, else
 * the active model), resolve it to a plan (unknown → 404, ambiguous → 400), check the key may
 * use it and has budget, admit it through the gateway limits. Returns the engine options.
 */
export declare function prepareChat(ctx: RequestContext, request: ChatRequest, purpose: 'chat' | 'vision', bodyBytes: number): Promise<EngineCallOptions>;

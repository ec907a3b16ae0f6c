import type { Caller } from '../auth/caller.js';
import type { GatewayState } from '../gateway-state.js';
import type { RequestContext } from '../http/request-context.js';
export interface ModelEntry {
    id: string;
    object: 'model';
    created: number;
    owned_by: string;
    [extra: string]: unknown;
}
/** Every configured `backend/model` and every route, in the OpenAI list shape, filtered to what the key may use. */
export declare function modelEntries(state: GatewayState, caller: Caller | undefined, created: number): ModelEntry[];
/** GET /v1/models */
export declare function listModels(ctx: RequestContext): void;
/** GET /v1/models/{id} (ids may contain `/`). */
export declare function retrieveModel(ctx: RequestContext): void;

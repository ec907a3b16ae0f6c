import type { RequestContext } from '../http/request-context.js';
import { type Caller } from './caller.js';
/**
 * Identifies the caller of a /v1 or /api route. Open when neither a master key nor any gateway
 * key is configured (a local single-user setup); otherwise a valid, enabled, unexpired key is
 * required.
 */
export declare function authenticate(ctx: RequestContext): Caller;
/** 403 unless the caller's key allows the requested model (route name, `backend/model` or model name). */
export declare function authorizeModel(caller: Caller, requested: string | undefined, targets: readonly {
    backend: string;
    model: string;
}[]): void;

import type { RequestContext } from '../http/request-context.js';
/** POST /api/chat — body `{messages, model?, temperature?, ...}`; always streams. */
export declare function simpleChat(ctx: RequestContext): Promise<void>;

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerState } from './server-state.js';
/**
 * The `/__fake/*` control API, for users that run the fake as a child process:
 * rules (add/list/clear/remove), the request log (read/clear/long-poll), reset and health.
 */
export declare function handleControlRequest(state: ServerState, req: IncomingMessage, res: ServerResponse, path: string, queryString: string): Promise<void>;

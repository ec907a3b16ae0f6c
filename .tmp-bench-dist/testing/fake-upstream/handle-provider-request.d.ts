import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerState } from './server-state.js';
/**
 * The provider-facing pipeline: route → body → log → rule → delay → scripted error | strict
 * validation | planned reply rendered by the protocol (JSON or faulted stream). Rules are consulted
 * before validation so a test's scripted failure always wins.
 */
export declare function handleProviderRequest(state: ServerState, req: IncomingMessage, res: ServerResponse, path: string, queryString: string): Promise<void>;

import type { IncomingRoute, ProtocolRoute } from '../../incoming-route.js';
import type { NormalizedRequest } from '../../normalized-request.js';
/** Converse body → neutral request. Lenient: odd shapes become empty values, never throws. */
export declare function parseConverseRequest(body: unknown, route: ProtocolRoute, _req: IncomingRoute, protocol?: string): NormalizedRequest;

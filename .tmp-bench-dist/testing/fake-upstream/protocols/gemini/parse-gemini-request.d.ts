import type { IncomingRoute, ProtocolRoute } from '../../incoming-route.js';
import type { NormalizedRequest } from '../../normalized-request.js';
/**
 * generateContent body → neutral request. The REST API accepts camelCase and snake_case field
 * names alike, so both are read. Lenient: odd shapes become empty values, never throws.
 */
export declare function parseGeminiRequest(body: unknown, route: ProtocolRoute, _req: IncomingRoute, protocol?: string): NormalizedRequest;

import type { IncomingRoute } from './incoming-route.js';
/**
 * The API key a request carried, whichever way its provider sends it: `x-api-key` (Anthropic),
 * `x-goog-api-key` or `?key=` (Gemini), `api-key` (Azure), `Authorization: Bearer` (everyone else).
 */
export declare function extractApiKey(req: IncomingRoute): string | undefined;

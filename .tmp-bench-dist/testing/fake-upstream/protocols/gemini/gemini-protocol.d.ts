import type { IncomingRoute, ProtocolRoute } from '../../incoming-route.js';
import type { ProtocolHandler } from '../../protocol-handler.js';
/**
 * `…/models/{model}:{method}`: the part after the last `/models/` up to the last colon. Works for
 * AI Studio (`/v1beta/models/…`) and Vertex (`…/publishers/google/models/…`) paths alike.
 */
export declare function matchGeminiPath(req: IncomingRoute): ProtocolRoute | undefined;
export interface GeminiProtocolOverrides {
    name?: string;
    /** Replaces `matchGeminiPath`, e.g. for a Vertex handler that only takes `projects/…` URLs. */
    match?: (req: IncomingRoute) => ProtocolRoute | undefined;
}
/** The Gemini API (AI Studio), also the wire format of Gemini on Vertex AI. */
export declare function createGeminiProtocol(overrides?: GeminiProtocolOverrides): ProtocolHandler;
export declare const geminiProtocol: ProtocolHandler;

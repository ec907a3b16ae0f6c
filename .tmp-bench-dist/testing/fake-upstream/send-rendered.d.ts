import type { Exchange } from './exchange.js';
import type { RenderedResponse } from './protocol-handler.js';
export interface PartialBody {
    /** Send half the body, then destroy the socket. */
    drop?: boolean;
    /** Send half the body, then leave the response hanging. */
    stall?: boolean;
}
/** Writes a whole (non-streaming) response; objects as JSON, strings and bytes as they are. */
export declare function sendRendered(ex: Exchange, rendered: RenderedResponse, extraHeaders?: Record<string, string>, partial?: PartialBody): void;

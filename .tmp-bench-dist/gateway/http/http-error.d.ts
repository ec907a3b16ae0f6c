/**
 * An error the gateway answers with, already decided: HTTP status, OpenAI error `type`, `code`
 * and `param`. Rendered OpenAI-style (`{error:{message,type,param,code}}`) or Anthropic-style
 * (`{type:"error",error:{type,message}}`) depending on the route.
 */
export declare class GatewayHttpError extends Error {
    readonly status: number;
    readonly type: string;
    readonly code: string | null;
    readonly param: string | null;
    /** Extra response headers (Retry-After, x-should-retry). */
    readonly headers: Record<string, string>;
    /** Attempts and other detail shown to the caller (already masked). */
    readonly detail: Record<string, unknown> | undefined;
    /** The upstream error kind behind it, when there is one (Anthropic rendering uses it). */
    readonly kind: string | undefined;
    constructor(init: {
        kind?: string;
        status: number;
        message: string;
        type: string;
        code?: string | null;
        param?: string | null;
        headers?: Record<string, string>;
        detail?: Record<string, unknown>;
    });
}
export declare function badRequest(message: string, param?: string | null, code?: string | null): GatewayHttpError;

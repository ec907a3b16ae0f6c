/**
 * An error the gateway answers with, already decided: HTTP status, OpenAI error `type`, `code`
 * and `param`. Rendered OpenAI-style (`{error:{message,type,param,code}}`) or Anthropic-style
 * (`{type:"error",error:{type,message}}`) depending on the route.
 */
export class GatewayHttpError extends Error {
    status;
    type;
    code;
    param;
    /** Extra response headers (Retry-After, x-should-retry). */
    headers;
    /** Attempts and other detail shown to the caller (already masked). */
    detail;
    /** The upstream error kind behind it, when there is one (Anthropic rendering uses it). */
    kind;
    constructor(init) {
        super(init.message);
        this.name = 'GatewayHttpError';
        this.status = init.status;
        this.type = init.type;
        this.code = init.code ?? null;
        this.param = init.param ?? null;
        this.headers = init.headers ?? {};
        this.detail = init.detail;
        this.kind = init.kind;
    }
}
export function badRequest(message, param = null, code = null) {
    return new GatewayHttpError({ status: 400, type: 'invalid_request_error', message, param, code: code ?? param });
}
//# sourceMappingURL=http-error.js.map
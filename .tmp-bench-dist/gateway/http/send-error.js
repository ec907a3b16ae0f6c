import { anthropicStatus, renderAnthropicError, renderOpenAIError } from './render-error-body.js';
import { sendJson } from './send-json.js';
import { toGatewayHttpError } from './to-gateway-http-error.js';
/**
 * Answers with an error in the route's style. If a response is already under way (a stream),
 * the stream writer owns the error; here we can only end the response.
 */
export function sendError(ctx, err) {
    const e = toGatewayHttpError(err);
    ctx.errorKind ??= e.kind ?? e.type;
    ctx.errorMessage ??= e.message;
    if (e.status >= 500 && e.code === 'internal_error')
        ctx.runtime.logger.error({ reqId: ctx.requestId, err }, 'unhandled error in handler');
    if (ctx.res.headersSent) {
        if (!ctx.res.writableEnded)
            ctx.res.end();
        return e;
    }
    if (ctx.clientGone)
        return e;
    if (ctx.route?.errorStyle === 'anthropic') {
        sendJson(ctx, anthropicStatus(e), renderAnthropicError(e, ctx.requestId), e.headers);
    }
    else {
        sendJson(ctx, e.status, renderOpenAIError(e), e.headers);
    }
    return e;
}
//# sourceMappingURL=send-error.js.map
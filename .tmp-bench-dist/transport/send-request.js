import { request } from 'undici';
import { createLLMError } from '../errors/llm-error.js';
import { getDispatcher } from './dispatcher-pool.js';
/**
 * Sends one upstream request with undici.request on the origin's pooled dispatcher. Network
 * failures become typed LLMErrors (`network`, or `timeout`/`aborted` from the signal's reason).
 */
export async function sendRequest(wire, options) {
    const url = new URL(wire.url);
    const dispatcher = getDispatcher(url.origin, { proxy: options.proxy });
    try {
        const res = await request(url, {
            method: wire.method,
            headers: wire.headers,
            body: wire.body,
            dispatcher,
            signal: options.signal,
        });
        const body = res.body;
        return {
            status: res.statusCode,
            headers: res.headers,
            body,
            cancel: () => {
                body.destroy();
            },
        };
    }
    catch (err) {
        throw toTransportError(err, options.signal, options.provider);
    }
}
/** Maps undici / abort failures to typed errors; keeps an LLMError already set as abort reason. */
export function toTransportError(err, signal, provider) {
    if (signal?.aborted) {
        const reason = signal.reason;
        if (reason instanceof Error && 'kind' in reason)
            return reason;
        return createLLMError({ kind: 'aborted', message: 'request aborted', provider, cause: err });
    }
    const e = err;
    if (e && typeof e === 'object' && 'kind' in e && e instanceof Error)
        return e;
    const code = e?.code ?? e?.name;
    const timeoutCodes = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
    return createLLMError({
        kind: code && timeoutCodes.has(code) ? 'timeout' : 'network',
        message: `${provider}: ${e?.message ?? 'network error'}${code ? ` (${code})` : ''}`,
        provider,
        code,
        cause: err,
    });
}
//# sourceMappingURL=send-request.js.map
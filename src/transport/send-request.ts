import { request } from 'undici';
import { createLLMError, type LLMError } from '../errors/llm-error.js';
import type { WireRequest } from '../providers/provider-adapter.js';
import { getDispatcher } from './dispatcher-pool.js';

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Async iterable of body chunks; must be consumed or `cancel()`ed. */
  body: AsyncIterable<Uint8Array> & { text(): Promise<string>; json(): Promise<unknown> };
  /** Releases the socket when the body will not be read (e.g. after an error status). */
  cancel(): void;
}

export interface SendOptions {
  signal?: AbortSignal;
  proxy?: string;
  provider: string;
}

/**
 * Sends one upstream request with undici.request on the origin's pooled dispatcher. Network
 * failures become typed LLMErrors (`network`, or `timeout`/`aborted` from the signal's reason).
 */
export async function sendRequest(wire: WireRequest, options: SendOptions): Promise<UpstreamResponse> {
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
      headers: res.headers as Record<string, string | string[] | undefined>,
      body,
      cancel: () => {
        body.destroy();
      },
    };
  } catch (err) {
    throw toTransportError(err, options.signal, options.provider);
  }
}

/** Maps undici / abort failures to typed errors; keeps an LLMError already set as abort reason. */
export function toTransportError(err: unknown, signal: AbortSignal | undefined, provider: string): LLMError {
  if (signal?.aborted) {
    const reason: unknown = signal.reason;
    if (reason instanceof Error && 'kind' in reason) return reason as LLMError;
    return createLLMError({ kind: 'aborted', message: 'request aborted', provider, cause: err });
  }
  const e = err as { code?: string; message?: string; name?: string };
  if (e && typeof e === 'object' && 'kind' in e && e instanceof Error) return e as unknown as LLMError;
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

import { request } from 'undici';
import { createLLMError } from '../errors/llm-error.js';
import type { ErrorKind } from '../spec/error-kind.js';
import type { AccessToken } from './access-token.js';

export interface TokenRequestOptions {
  signal?: AbortSignal;
  /** For error messages. */
  provider: string;
  /** Clock for `expiresAt`; injectable for tests. */
  now?: () => number;
}

/**
 * POSTs an OAuth2 form (`grant_type=…`) to a token endpoint and returns the access token with its
 * absolute expiry. OAuth errors become typed errors: `invalid_grant` / `invalid_client` / 401 are
 * `auth` (bad credentials: never retried), 5xx `server`, 429 `rate_limit`. The response body is
 * never echoed whole, since a misbehaving endpoint could reflect secrets.
 */
export async function postTokenRequest(url: string, form: Record<string, string>, options: TokenRequestOptions): Promise<AccessToken> {
  let status: number;
  let text: string;
  try {
    const res = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
      signal: options.signal,
    });
    status = res.statusCode;
    text = await res.body.text();
  } catch (err) {
    if (options.signal?.aborted && options.signal.reason instanceof Error && 'kind' in options.signal.reason) throw options.signal.reason;
    throw createLLMError({
      kind: 'network',
      code: 'token_request_failed',
      message: `${options.provider}: token request to ${new URL(url).origin} failed: ${(err as Error).message}`,
      provider: options.provider,
      cause: err,
    });
  }
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON: reported below by status.
  }
  if (status < 200 || status >= 300 || typeof body.access_token !== 'string') {
    const code = typeof body.error === 'string' ? body.error : undefined;
    const description = typeof body.error_description === 'string' ? body.error_description.slice(0, 300) : undefined;
    const kind: ErrorKind = status === 429 ? 'rate_limit' : status >= 500 ? 'server' : status >= 200 && status < 300 ? 'server' : 'auth';
    throw createLLMError({
      kind,
      status: status >= 200 && status < 300 ? 502 : status,
      code: code ?? 'token_request_failed',
      message: `${options.provider}: token endpoint ${new URL(url).origin} answered ${status}${code ? ` ${code}` : ''}${description ? `: ${description}` : ''}`,
      provider: options.provider,
    });
  }
  const expiresIn = Number(body.expires_in ?? 3600);
  const now = (options.now ?? Date.now)();
  return { token: body.access_token, expiresAt: now + (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600) * 1000 };
}

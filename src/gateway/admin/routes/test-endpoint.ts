import { completeOnce } from '../../../client/call-upstream.js';
import { resolveDeployments } from '../../../client/resolve-deployments.js';
import { isLLMError } from '../../../errors/llm-error.js';
import { maskSecretsInText } from '../../../resilience/mask-secret.js';
import { type BackendType, isBackendType } from '../../../settings/backend-type.js';
import { parseSettings } from '../../../settings/parse-settings.js';
import type { ResolvedSettings } from '../../../settings/resolved-settings.js';
import { validateChatRequest } from '../../../spec/validate-chat-request.js';
import { adminError } from '../http/admin-error.js';

export interface EndpointTestResult {
  ok: boolean;
  endpoint: string;
  backend: string;
  model: string;
  key_id: string | null;
  latency_ms: number;
  /** Success: a snippet of the answer and who answered. */
  reply?: { content: string; model: string | null; usage: unknown };
  /** Failure: the classified error (kind drives failover: rate_limit, auth, quota_exhausted, …). */
  error?: { kind: string; status: number | null; code: string | null; message: string; retryable: boolean; retry_after_ms: number | null };
}

const TEST_MODEL = '__stable_llm_admin_test__';

/**
 * "Test connection": one tiny non-streaming request to one endpoint with one key, no failover,
 * breakers or limits involved (the point is to see this endpoint's own answer). Works for any
 * upstream model id, configured or not, and with keys that are disabled in the pool.
 */
export async function testEndpoint(
  settings: ResolvedSettings,
  endpointId: string,
  target: { backend: string; model: string },
  keyId: string | undefined,
  timeoutMs = 20_000,
): Promise<EndpointTestResult> {
  const endpoint = settings.endpoints.get(endpointId);
  if (!endpoint) throw adminError(404, 'not_found', `unknown endpoint "${endpointId}"`);
  if (!isBackendType(target.backend)) throw adminError(400, 'backend', `unknown backend "${target.backend}"`);
  const mini = parseSettings({
    VERSION: '2',
    endpoints: [{ ...endpoint.raw, enabled: true }],
    backends: { [target.backend]: { models: { [TEST_MODEL]: { id: target.model, endpoints: [endpointId] } } } },
  });
  const [deployment] = resolveDeployments(mini, target.backend as BackendType, TEST_MODEL, { endpointId, allowSynthesized: false });
  const key = keyId ? deployment.keys.find((k) => k.id === keyId) : (deployment.keys.find((k) => k.enabled) ?? deployment.keys[0]);
  if (keyId && !key) throw adminError(404, 'not_found', `endpoint "${endpointId}" has no key "${keyId}"`);
  const request = validateChatRequest({
    messages: [{ role: 'user', content: 'Reply with one word: pong' }],
    max_tokens: 16,
    stream: false,
  });
  const started = performance.now();
  const base = { endpoint: endpointId, backend: target.backend, model: target.model, key_id: key?.id ?? null };
  try {
    const result = await completeOnce(deployment, request, {
      apiKey: key ? { ...key, enabled: true } : undefined,
      timeouts: { firstByteMs: timeoutMs, totalMs: timeoutMs },
    });
    return {
      ...base,
      ok: true,
      latency_ms: round(performance.now() - started),
      reply: {
        content: (result.content ?? result.reasoning_content ?? '').slice(0, 300),
        model: result.model ?? null,
        usage: result.usage ?? null,
      },
    };
  } catch (err) {
    const secrets = key ? [key.key] : [];
    const e = isLLMError(err) ? err : undefined;
    return {
      ...base,
      ok: false,
      latency_ms: round(performance.now() - started),
      error: {
        kind: e?.kind ?? 'network',
        status: e?.status ?? null,
        code: e?.code ?? null,
        message: maskSecretsInText(e?.message ?? String(err), secrets),
        retryable: e?.retryable ?? false,
        retry_after_ms: e?.retryAfterMs ?? null,
      },
    };
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

import type { FakeRule } from './fake-rule.js';
import type { RequestLogEntry } from './request-log-entry.js';

export interface FakeUpstreamHealth {
  ok: boolean;
  protocols: string[];
  rules: number;
  requests: number;
}

/** The control API of a fake running in another process, with the in-process method names. */
export interface FakeUpstreamClient {
  readonly url: string;
  addRule(rule: FakeRule): Promise<string>;
  addRules(rules: FakeRule[]): Promise<string[]>;
  removeRule(id: string): Promise<boolean>;
  clearRules(): Promise<void>;
  requests(): Promise<RequestLogEntry[]>;
  clearRequests(): Promise<void>;
  reset(): Promise<void>;
  waitForRequests(n: number, timeoutMs?: number): Promise<RequestLogEntry[]>;
  health(): Promise<FakeUpstreamHealth>;
}

/** Drives a fake upstream over HTTP (`/__fake/*`), e.g. one started with `main.js` or by the gateway's demo mode. */
export function connectFakeUpstream(url: string): FakeUpstreamClient {
  const base = url.endsWith('/') ? url.slice(0, -1) : url;
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as T & { error?: { message?: string } };
    if (!res.ok) throw new Error(`fake-upstream control ${method} ${path} failed (${res.status}): ${json.error?.message ?? ''}`);
    return json;
  }
  return {
    url: base,
    addRule: async (rule) => (await call<{ ids: string[] }>('POST', '/__fake/rules', rule)).ids[0],
    addRules: async (rules) => (await call<{ ids: string[] }>('POST', '/__fake/rules', rules)).ids,
    removeRule: async (id) => (await call<{ removed: boolean }>('DELETE', `/__fake/rules/${encodeURIComponent(id)}`)).removed,
    clearRules: async () => void (await call('DELETE', '/__fake/rules')),
    requests: async () => (await call<{ requests: RequestLogEntry[] }>('GET', '/__fake/requests')).requests,
    clearRequests: async () => void (await call('DELETE', '/__fake/requests')),
    reset: async () => void (await call('POST', '/__fake/reset')),
    waitForRequests: async (n, timeoutMs = 5000) =>
      (await call<{ requests: RequestLogEntry[] }>('GET', `/__fake/wait?n=${n}&timeoutMs=${timeoutMs}`)).requests,
    health: () => call<FakeUpstreamHealth>('GET', '/__fake/health'),
  };
}

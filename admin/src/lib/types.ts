/** Shapes of the admin API's answers (see /openapi.json, tag Admin). */

export interface Session {
  authenticated: boolean;
  auth_required: boolean;
  mode: 'session' | 'bearer' | 'open' | null;
  open_localhost: boolean;
  csrf_token: string | null;
  version: string;
  instance: string;
  persistence: { persistent: boolean; kind: string | null };
  multi_instance: { redis: boolean };
}

export interface BreakerSnapshot {
  state: 'closed' | 'open' | 'half_open';
  available: boolean;
  failure_count: number;
  consecutive_failures: number;
  cool_down_remaining: number;
  opened_at: number | null;
  last_error: { kind: string; message: string; at: number } | null;
  success_rate: number | null;
  latency_p50_ms: number | null;
  latency_p95_ms: number | null;
  total_requests: number;
}

export interface KeySnapshot {
  id: string;
  masked: string;
  state: 'active' | 'cooling_down' | 'disabled';
  cooling_until: number | null;
  cooldown_remaining_ms: number;
  disabled_reason: string | null;
  over_budget: boolean;
  weight: number;
  limits: { rpm: number | null; tpm: number | null; rpd: number | null };
  usage: { requests_last_minute: number; tokens_last_minute: number; requests_last_day: number };
  total_requests: number;
  total_failures: number;
}

export interface HealthDeployment {
  key: string;
  endpoint: string;
  model_id: string;
  breaker: BreakerSnapshot | null;
  keys: { selection: string; size: number; available: number; keys: KeySnapshot[] } | null;
  limits: { rpm: number | null; tpm: number | null; concurrent: number | null };
  /** Use of each configured limit on this instance over the last minute. */
  limit_usage?: LimitUsage[];
}

export interface LimitUsage {
  scope: string;
  rpm?: { used: number; limit: number };
  tpm?: { used: number; limit: number };
  concurrent?: { used: number; limit: number };
}

export interface HealthTarget {
  id: string;
  backend: string;
  model: string;
  enabled: boolean;
  available: boolean;
  state: 'closed' | 'open' | 'half_open';
  failure_count: number;
  cool_down_remaining: number | null;
  last_error: string | null;
  latency_p50_ms: number | null;
  latency_p95_ms: number | null;
  success_rate: number | null;
  total_requests: number;
  deployments: HealthDeployment[];
}

export interface SeriesPoint {
  t: number;
  requests: number;
  errors: number;
  kinds: Record<string, number>;
  p50: number | null;
  p95: number | null;
  ttft_p50: number | null;
  ttft_p95: number | null;
  prompt_tokens: number;
  completion_tokens: number;
  cost_usd: number;
}

export interface LiveTotals {
  window_s: number;
  requests: number;
  errors: number;
  rps: number;
  error_rate: number;
  p50: number | null;
  p95: number | null;
  ttft_p50: number | null;
  ttft_p95: number | null;
  prompt_tokens: number;
  completion_tokens: number;
  cost_usd: number;
  kinds: Record<string, number>;
}

export interface HealthEvent {
  ts: number;
  type: 'breaker' | 'key';
  target: string;
  subject: string;
  from: string;
  to: string;
  detail: string | null;
}

export interface Snapshot {
  now: number;
  instance: string;
  version: string;
  uptime_s: number;
  inflight: number;
  generation: number;
  revision: number;
  active: { chat?: string; vision?: string };
  totals: { last_1m: LiveTotals; last_15m: LiveTotals };
  health: HealthTarget[];
  overlay_error: string | null;
}

export interface Overview extends Snapshot {
  minutes: number;
  bucket_ms: number;
  series: SeriesPoint[];
  events: HealthEvent[];
}

export interface Tick extends Snapshot {
  points: SeriesPoint[];
  events: HealthEvent[];
}

export interface HistoryRow {
  group: string | null;
  requests: number;
  errors: number;
  prompt_tokens: number;
  completion_tokens: number;
  cost_usd: number;
  avg_latency_ms: number;
}

export interface EndpointKey {
  id: string;
  masked: string;
  source: 'file' | 'console';
  enabled: boolean;
  weight: number;
  rpm: number | null;
  tpm: number | null;
  rpd: number | null;
  live: KeySnapshot | null;
}

export interface Endpoint {
  id: string;
  source: 'file' | 'console' | 'file+console';
  api_base: string | null;
  endpoint_type: string | null;
  rpm: number | null;
  tpm: number | null;
  concurrent_requests: number | null;
  enabled: boolean;
  proxy: string | null;
  headers: Record<string, string>;
  key_selection: string;
  timeout: number | null;
  region: string | null;
  api_version: string | null;
  has_credentials: boolean;
  keys: EndpointKey[];
  used_by: string[];
  pool: { size: number; available: number } | null;
}

export interface BackendType {
  name: string;
  label: string;
  protocol?: string;
  base_url?: string;
  key_env?: string | null;
  key_optional?: boolean;
}

export interface ProvidersPayload {
  endpoints: Endpoint[];
  backend_types: BackendType[];
  persistent: boolean;
}

export interface TestResult {
  ok: boolean;
  endpoint: string;
  backend: string;
  model: string;
  key_id: string | null;
  latency_ms: number;
  reply?: { content: string; model: string | null };
  error?: { kind: string; status: number | null; code: string | null; message: string; retryable: boolean; retry_after_ms: number | null };
}

export type Source = 'file' | 'console' | 'file+console';

export interface ModelView {
  name: string;
  target: string;
  source: Source;
  config: Record<string, unknown>;
  resolved: {
    id: string;
    endpoints: { endpoint_id: string; model_id: string; weight: number }[];
    function_call_available: boolean;
    response_format_available: boolean;
    native_multimodal: boolean;
    context_length: number | null;
    max_output_tokens: number | null;
    enabled: boolean;
    aliases: string[];
    backup: boolean;
    pricing: { input?: number; output?: number } | null;
  };
  status: { available: boolean; state: string } | null;
}

export interface RouteView {
  name: string;
  source: Source;
  strategy: 'ordered' | 'weighted' | 'priority';
  hedge_after_ms: number | 'p95' | null;
  targets: { target: string; weight: number; priority: number }[];
}

export interface ModelsPayload {
  backends: { name: string; label: string; default_endpoint: string | null; models: ModelView[] }[];
  routes: RouteView[];
  active: { chat?: string; vision?: string };
  file_active: { chat?: string; vision?: string };
  targets: string[];
  vision_targets: string[];
  endpoints: string[];
  backend_types: BackendType[];
  persistent: boolean;
}

export interface Attempt {
  target: string;
  deployment: string;
  keyId?: string;
  outcome: 'success' | 'error' | 'skipped';
  skipReason?: string;
  kind?: string;
  status?: number;
  code?: string;
  message?: string;
  latencyMs: number;
  ttftMs?: number;
  hedged?: boolean;
}

export interface UsageRow {
  ts: number;
  request_id: string;
  key_id: string | null;
  endpoint: string;
  route: string | null;
  backend: string | null;
  model: string | null;
  target: string | null;
  status: number;
  error_kind: string | null;
  stream: boolean;
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  cost_usd: number;
  latency_ms: number;
  ttft_ms: number | null;
  attempts: number;
}

export interface UsageDetail extends UsageRow {
  attempt_list: Attempt[];
}

export interface GatewayKey {
  id: string;
  name: string | null;
  source: 'config' | 'store';
  prefix: string | null;
  models: string[] | null;
  rpm: number | null;
  tpm: number | null;
  budget_usd: number | null;
  spent_usd: number;
  expires_at: number | null;
  enabled: boolean;
  created_at: number | null;
}

export interface KeysPayload {
  persistent: boolean;
  defaults: { rpm: number | null; tpm: number | null };
  auth: { master_key: boolean };
  keys: GatewayKey[];
}

export interface ConfigPayload {
  yaml: string;
  source: 'file' | 'env' | 'object';
  path: string | null;
  generation: number;
  warnings: string[];
  overlay: {
    revision: number;
    updated_at: number | null;
    endpoints: { id: string; change: string }[];
    models: { id: string; change: string }[];
    routes: { id: string; change: string }[];
  };
  overlay_error: string | null;
  persistent: boolean;
}

export interface ImportResult {
  applied: string[];
  ignored: string[];
  warnings: string[];
  active: { chat?: string; vision?: string };
}

/**
 * Equivalent configurations for the two real gateways under test, both pointed at the same fast
 * upstream. Modes of the upstream are selected by base-URL prefixes (see ../fast-upstream.js).
 */

export const MASTER_KEY = 'sk-bench-master-key-0000000000000000';
const KEY_A = 'sk-bench-upstream-key-a-000000000001';
const KEY_B = 'sk-bench-upstream-key-b-000000000002';

/** Upstream mode prefixes shared by every contender. */
export function upstreamPaths({ streamChunks, streamEveryMs, holdChunks, holdEveryMs }) {
  return {
    fast: '/v1',
    limited: '/m/status=429/v1',
    stream: `/m/chunks=${streamChunks},every=${streamEveryMs}/v1`,
    hold: `/m/chunks=${holdChunks},every=${holdEveryMs}/v1`,
  };
}

/** Model (stable-llm route) names the load generators send. */
export const MODELS = { fast: 'bench', failover: 'bench-failover', stream: 'bench-stream', hold: 'bench-hold' };

/**
 * stable-llm: master-key auth, routes with two targets (breakers and key pools on every
 * deployment), local RPM/TPM limits (gateway-wide and per endpoint: the limiter runs on every
 * request but never says no), Prometheus metrics, usage log batched into SQLite in a temp dir.
 */
export function stableLlmConfig(upstreamUrl, paths, { sqlitePath, logLevel = 'warn' }) {
  const endpoint = (id, path, keys) => ({
    id,
    api_base: `${upstreamUrl}${path}`,
    ...(keys ? { api_keys: keys } : {}),
    rpm: 100_000_000,
    tpm: 1_000_000_000_000,
  });
  return {
    VERSION: '2',
    endpoints: [
      endpoint('primary', paths.fast, [KEY_A, KEY_B]),
      endpoint('secondary', paths.fast, [KEY_B]),
      // Keyless on purpose: a keyed endpoint would cool its key down after the 429 and skip the
      // primary for the cooldown, so only the first request would pay for a failover.
      endpoint('limited', paths.limited),
      endpoint('streaming', paths.stream, [KEY_A]),
      endpoint('holding', paths.hold, [KEY_A]),
    ],
    backends: {
      openai: {
        models: {
          'bench-primary': { endpoints: ['primary'] },
          'bench-secondary': { endpoints: ['secondary'] },
          'bench-limited': { endpoints: ['limited'] },
          'bench-streaming': { endpoints: ['streaming'] },
          'bench-holding': { endpoints: ['holding'] },
        },
      },
    },
    routes: {
      [MODELS.fast]: ['openai/bench-primary', 'openai/bench-secondary'],
      [MODELS.failover]: ['openai/bench-limited', 'openai/bench-secondary'],
      [MODELS.stream]: ['openai/bench-streaming', 'openai/bench-secondary'],
      [MODELS.hold]: ['openai/bench-holding', 'openai/bench-secondary'],
    },
    server: { master_key: MASTER_KEY, log_level: logLevel, request_timeout: 120 },
    limits: { rpm: 100_000_000, tpm: 1_000_000_000_000 },
    stores: { sqlite_path: sqlitePath, usage_log: true },
  };
}

/**
 * Portkey: the same two-target fallback, sent as the `x-portkey-config` header (its way of
 * configuring a request; there is no server-side config file in the open-source gateway).
 */
export function portkeyConfigHeader(upstreamUrl, primaryPath, secondaryPath) {
  return JSON.stringify({
    strategy: { mode: 'fallback' },
    targets: [
      { provider: 'openai', api_key: KEY_A, custom_host: `${upstreamUrl}${primaryPath}` },
      { provider: 'openai', api_key: KEY_B, custom_host: `${upstreamUrl}${secondaryPath}` },
    ],
  });
}

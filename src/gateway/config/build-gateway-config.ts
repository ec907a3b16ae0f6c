import { isAbsolute, join, resolve } from 'node:path';
import { ConfigError } from '../../errors/config-error.js';
import { normalizeRoute, type Route } from '../../router/route-config.js';
import { isBackendType } from '../../settings/backend-type.js';
import { formatIssuePath } from '../../settings/format-issue-path.js';
import { parseSettings } from '../../settings/parse-settings.js';
import type { CorsConfig, GatewayConfig, StaticGatewayKey } from './gateway-config.js';
import { gatewayConfigSchema } from './gateway-config-schema.js';
import { parseByteSize } from './parse-byte-size.js';

const GATEWAY_SECTIONS = ['$schema', 'server', 'routes', 'limits', 'stores', 'active', 'service_order'] as const;

export interface BuildGatewayConfigOptions {
  source: GatewayConfig['source'];
  configPath?: string;
  env?: NodeJS.ProcessEnv;
  /** Directory relative store paths resolve against (default: cwd). */
  cwd?: string;
  demo?: boolean;
}

/**
 * Validates a parsed (and already `${ENV}`-interpolated) config object and normalises it. Every
 * problem is reported at once in one ConfigError whose lines name the path (`server.port: …`).
 */
export function buildGatewayConfig(raw: unknown, options: BuildGatewayConfigOptions): GatewayConfig {
  const env = options.env ?? process.env;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError([{ path: '', message: 'the config must be a mapping (YAML object) at the top level' }]);
  }
  const parsed = gatewayConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => ({ path: formatIssuePath(i.path), message: i.message })));
  }
  const data = parsed.data;
  const settingsInput: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const key of GATEWAY_SECTIONS) delete settingsInput[key];
  const settings = parseSettings(settingsInput);
  const warnings = [...settings.warnings];

  const routes = new Map<string, Route>();
  const issues: { path: string; message: string }[] = [];
  for (const [name, input] of Object.entries(data.routes ?? {})) {
    const route = normalizeRoute(name, input);
    route.targets.forEach((t, i) => {
      const path = `routes.${name}[${i}]`;
      if (!isBackendType(t.backend)) issues.push({ path, message: `unknown backend "${t.backend}" in target "${t.backend}/${t.model}"` });
      else if (!settings.backends[t.backend]?.models[t.model])
        warnings.push(`${path}: ${t.backend}/${t.model} is not configured in backends (used only if its key is in the environment)`);
    });
    routes.set(name, route);
  }
  const server = data.server ?? {};
  const keys: StaticGatewayKey[] = (server.keys ?? []).map((k, i) => {
    let expiresAt: number | undefined;
    if (k.expires_at !== undefined) {
      expiresAt = k.expires_at instanceof Date ? k.expires_at.getTime() : Date.parse(k.expires_at);
      if (Number.isNaN(expiresAt)) issues.push({ path: `server.keys[${i}].expires_at`, message: `not a date: "${String(k.expires_at)}"` });
    }
    return {
      id: k.id,
      key: k.key,
      name: k.name,
      models: k.models,
      rpm: k.rpm,
      tpm: k.tpm,
      budgetUsd: k.budget_usd,
      expiresAt,
      enabled: k.enabled ?? true,
    };
  });
  const seenIds = new Set<string>();
  keys.forEach((k, i) => {
    if (seenIds.has(k.id)) issues.push({ path: `server.keys[${i}].id`, message: `duplicate key id "${k.id}"` });
    seenIds.add(k.id);
    if (k.key === server.master_key) issues.push({ path: `server.keys[${i}].key`, message: 'must differ from server.master_key' });
  });
  if (issues.length > 0) throw new ConfigError(issues);

  const cwd = options.cwd ?? process.cwd();
  const stores = data.stores ?? {};
  const dataDir = env.STABLE_LLM_DATA_DIR ? resolve(cwd, env.STABLE_LLM_DATA_DIR) : resolve(cwd, 'data');
  const sqlitePath = stores.sqlite_path
    ? stores.sqlite_path === ':memory:' || isAbsolute(stores.sqlite_path)
      ? stores.sqlite_path
      : resolve(cwd, stores.sqlite_path)
    : join(dataDir, 'stable-llm.db');

  const limits = data.limits ?? {};
  const providers = Object.entries(settings.backends)
    .filter(([, b]) => b && Object.values(b.models).some((m) => m.enabled))
    .map(([name]) => name);

  return {
    source: options.source,
    configPath: options.configPath,
    settings,
    routes,
    server: {
      host: server.host ?? env.STABLE_LLM_HOST ?? '127.0.0.1',
      port: server.port ?? (env.STABLE_LLM_PORT ? Number(env.STABLE_LLM_PORT) : 8000),
      masterKey: server.master_key ?? (env.STABLE_LLM_MASTER_KEY || undefined),
      adminKey: server.admin_key ?? (env.STABLE_LLM_ADMIN_KEY || undefined),
      keys,
      bodyLimit: server.body_limit === undefined ? 10 * 1024 * 1024 : (parseByteSize(server.body_limit) as number),
      uploadLimit: server.upload_limit === undefined ? 20 * 1024 * 1024 : (parseByteSize(server.upload_limit) as number),
      cors: normalizeCors(server.cors),
      requestTimeoutMs: (server.request_timeout ?? 300) * 1000,
      shutdownTimeoutMs: (server.shutdown_timeout ?? 25) * 1000,
      logLevel: server.log_level ?? ((env.STABLE_LLM_LOG_LEVEL as GatewayConfig['server']['logLevel'] | undefined) || 'info'),
      logRequests: server.log_requests ?? true,
      workers: server.workers ?? 1,
      publicUrl: server.public_url,
    },
    limits: {
      rpm: limits.rpm,
      tpm: limits.tpm,
      perKey: { rpm: limits.per_key?.rpm, tpm: limits.per_key?.tpm },
      perModel: new Map(Object.entries(limits.per_model ?? {})),
    },
    stores: {
      sqlitePath,
      databaseUrl: stores.database_url ?? (env.DATABASE_URL || undefined),
      redisUrl: stores.redis_url ?? (env.REDIS_URL || undefined),
      redisPrefix: stores.redis_prefix ?? 'stable-llm:rl:',
      usageLog: stores.usage_log ?? true,
      flushIntervalMs: stores.flush_interval_ms ?? 1000,
    },
    active: { chat: data.active?.chat, vision: data.active?.vision },
    serviceOrder: data.service_order ?? [],
    providers,
    warnings,
    demo: options.demo ?? false,
  };
}

function normalizeCors(
  input: boolean | { origins: '*' | string[]; credentials?: boolean; max_age?: number } | undefined,
): CorsConfig | undefined {
  if (input === undefined || input === false) return undefined;
  if (input === true) return { origins: '*', credentials: false, maxAge: 600 };
  return { origins: input.origins, credentials: input.credentials ?? false, maxAge: input.max_age ?? 600 };
}

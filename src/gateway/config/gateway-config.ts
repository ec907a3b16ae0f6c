import type { Route } from '../../router/route-config.js';
import type { ResolvedSettings } from '../../settings/resolved-settings.js';

/** A gateway key from the config file (keys created in the admin console come from the store). */
export interface StaticGatewayKey {
  id: string;
  key: string;
  name?: string;
  models?: string[];
  rpm?: number;
  tpm?: number;
  budgetUsd?: number;
  expiresAt?: number;
  enabled: boolean;
}

export interface CorsConfig {
  origins: '*' | string[];
  credentials: boolean;
  maxAge: number;
}

export interface RateLimitPair {
  rpm?: number;
  tpm?: number;
}

/** Validated, normalised gateway configuration. Immutable once built: reloads build a new one. */
export interface GatewayConfig {
  /** Where it came from: a file, the environment only, or an object passed in code. */
  source: 'file' | 'env' | 'object';
  configPath?: string;
  settings: ResolvedSettings;
  routes: Map<string, Route>;
  server: {
    host: string;
    port: number;
    masterKey?: string;
    adminKey?: string;
    keys: StaticGatewayKey[];
    bodyLimit: number;
    uploadLimit: number;
    cors?: CorsConfig;
    requestTimeoutMs: number;
    shutdownTimeoutMs: number;
    logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
    logRequests: boolean;
    workers: number;
    publicUrl?: string;
  };
  limits: RateLimitPair & { perKey: RateLimitPair; perModel: Map<string, RateLimitPair> };
  stores: {
    sqlitePath: string;
    databaseUrl?: string;
    redisUrl?: string;
    redisPrefix: string;
    usageLog: boolean;
    flushIntervalMs: number;
  };
  active: { chat?: string; vision?: string };
  serviceOrder: string[];
  /** Backends with at least one enabled model (configured or from env keys). */
  providers: string[];
  /** Non-fatal observations (unknown fields, routes to unconfigured models). */
  warnings: string[];
  /** True when the built-in simulated provider is configured (`--demo`). */
  demo: boolean;
}

import { z } from 'zod';
import { routesSchema } from '../../router/route-config.js';
import { settingsSchema } from '../../settings/settings-schema.js';
import { parseByteSize } from './parse-byte-size.js';

/**
 * The gateway config file: the VERSION 2 settings shape at the top level plus the gateway's own
 * sections. This one schema validates files, generates `schema/stable-llm.schema.json` for editor
 * completion, and documents the format (docs/gateway.md).
 */

const byteSize = z
  .union([z.number().int().positive(), z.string()])
  .refine((v) => parseByteSize(v) !== undefined, { message: 'must be a size such as 10mb, 512kb or a number of bytes' })
  .describe('Size in bytes, or with a unit: 512kb, 10mb, 1gb.');

const modelList = z
  .array(z.string().min(1))
  .describe('Allowed models: route names, backend/model, model names; "*" and "backend/*" wildcards.');

export const gatewayKeySchema = z
  .strictObject({
    id: z
      .string()
      .min(1)
      .regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits, _ . : - only')
      .describe('Shown in logs, usage and metrics.'),
    key: z
      .string()
      .min(8, 'must be at least 8 characters')
      // biome-ignore lint/suspicious/noTemplateCurlyInString: documents the config file's interpolation syntax
      .describe('The bearer token clients send. Use ${ENV} interpolation.'),
    name: z.string().optional(),
    models: modelList.optional(),
    rpm: z.number().int().positive().optional().describe('Requests per minute for this key.'),
    tpm: z.number().int().positive().optional().describe('Tokens per minute for this key.'),
    budget_usd: z.number().nonnegative().optional().describe('Spend cap in USD; requests are refused once reached.'),
    expires_at: z.union([z.string(), z.date()]).optional().describe('ISO date/time after which the key is refused.'),
    enabled: z.boolean().optional(),
  })
  .describe('A gateway API key defined in the config file (keys created in the admin console live in the store).');

export const corsSchema = z.union([
  z.boolean(),
  z.strictObject({
    origins: z.union([z.literal('*'), z.array(z.string().min(1))]).default('*'),
    credentials: z.boolean().optional(),
    max_age: z.number().int().nonnegative().optional(),
  }),
]);

export const serverSchema = z
  .strictObject({
    host: z.string().min(1).optional().describe('Default 127.0.0.1.'),
    port: z.number().int().min(0).max(65535).optional().describe('Default 8000.'),
    master_key: z.string().min(8, 'must be at least 8 characters').optional().describe('Required on /v1 and /api calls when set.'),
    admin_key: z.string().min(8, 'must be at least 8 characters').optional().describe('Admin console login; defaults to master_key.'),
    keys: z.array(gatewayKeySchema).optional(),
    body_limit: byteSize.optional().describe('Largest JSON request body (default 10mb).'),
    upload_limit: byteSize.optional().describe('Largest multipart upload on /api/v1/vision/completions (default 20mb).'),
    cors: corsSchema.optional().describe('true = any origin; or { origins: [...] }.'),
    request_timeout: z
      .number()
      .positive()
      .optional()
      .describe('Overall deadline per request in seconds across all attempts (default 300).'),
    shutdown_timeout: z.number().positive().optional().describe('Seconds to drain in-flight requests on SIGTERM (default 25).'),
    log_level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    log_requests: z.boolean().optional().describe('One log line per request (default true).'),
    workers: z.number().int().positive().max(256).optional().describe('Processes (node:cluster); use Redis for exact shared limits.'),
    public_url: z.string().url().optional().describe('URL printed in the banner and used by the docs page.'),
  })
  .describe('HTTP server settings.');

const rateLimits = z.strictObject({
  rpm: z.number().int().positive().optional(),
  tpm: z.number().int().positive().optional(),
});

export const limitsSchema = z
  .strictObject({
    rpm: z.number().int().positive().optional().describe('Requests per minute across the whole gateway.'),
    tpm: z.number().int().positive().optional().describe('Tokens per minute across the whole gateway.'),
    per_key: rateLimits.optional().describe('Defaults for gateway keys without their own rpm/tpm.'),
    per_model: z.record(z.string(), rateLimits).optional().describe('Limits keyed by requested model / route name.'),
  })
  .describe('Gateway-side limits, enforced before any upstream call (shared through Redis when stores.redis_url is set).');

export const storesSchema = z
  .strictObject({
    sqlite_path: z.string().min(1).optional().describe('Default ./data/stable-llm.db (or $STABLE_LLM_DATA_DIR/stable-llm.db).'),
    database_url: z.string().min(1).optional().describe('postgres://… — usage log and keys in Postgres (default $DATABASE_URL).'),
    redis_url: z.string().min(1).optional().describe('redis://… — shared limits across processes (default $REDIS_URL).'),
    redis_prefix: z
      .string()
      .min(1)
      .optional()
      .describe('Key prefix in Redis (default "stable-llm:rl:"); use a {hash tag} on Redis Cluster.'),
    usage_log: z.boolean().optional().describe('Write one usage row per request (default true).'),
    flush_interval_ms: z.number().int().positive().optional().describe('Usage batch interval (default 1000).'),
  })
  .describe('Persistence. SQLite by default; Postgres / Redis when configured.');

export const activeSchema = z
  .strictObject({
    chat: z.string().min(1).optional().describe('Model or route used when a chat request names none.'),
    vision: z.string().min(1).optional().describe('Model or route used by /api/v1/vision/completions when none is named.'),
  })
  .describe('Active models (switchable from the admin console).');

export const gatewayConfigSchema = settingsSchema
  .extend({
    $schema: z.string().optional(),
    server: serverSchema.optional(),
    routes: routesSchema.optional().describe('Route name → ordered, weighted or priority list of backend/model targets.'),
    limits: limitsSchema.optional(),
    stores: storesSchema.optional(),
    active: activeSchema.optional(),
    service_order: z.array(z.string().min(1)).optional().describe('Backend order of the default plan (when a request names no model).'),
  })
  .describe('stable-llm gateway configuration (stable-llm.yaml).');

export type GatewayConfigInput = z.input<typeof gatewayConfigSchema>;
export type GatewayKeyInput = z.output<typeof gatewayKeySchema>;

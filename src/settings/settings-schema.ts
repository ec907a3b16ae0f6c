import { z } from 'zod';

/**
 * The VERSION 2 settings shape (vv-llm compatible) as zod schemas. Objects are loose so settings
 * written for vv-llm keep loading; unknown keys are reported as warnings by `parseSettings`.
 */

export const ENDPOINT_TYPES = [
  'default',
  'openai',
  'anthropic',
  'gemini',
  'openai_azure',
  'azure_openai',
  'openai_vertex',
  'vertex',
  'gemini_vertex',
  'anthropic_vertex',
  'anthropic_bedrock',
  'bedrock',
] as const;

export const KEY_SELECTIONS = ['round_robin', 'random', 'weighted', 'least_recently_limited'] as const;

const positiveInt = z.number().int().positive();

export const apiKeyEntrySchema = z.union([
  z.string().min(1),
  z.looseObject({
    key: z.string().min(1),
    id: z.string().optional(),
    weight: z.number().positive().optional(),
    rpm: positiveInt.optional(),
    tpm: positiveInt.optional(),
    rpd: positiveInt.optional(),
    enabled: z.boolean().optional(),
  }),
]);

export const endpointSchema = z.looseObject({
  id: z.string().min(1),
  api_base: z.string().url().optional(),
  api_key: z.string().optional(),
  api_keys: z.array(apiKeyEntrySchema).optional(),
  endpoint_type: z.enum(ENDPOINT_TYPES).optional(),
  rpm: positiveInt.optional(),
  tpm: positiveInt.optional(),
  concurrent_requests: positiveInt.optional(),
  enabled: z.boolean().optional(),
  proxy: z.string().url().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  key_selection: z.enum(KEY_SELECTIONS).optional(),
  /** Per-attempt timeout in seconds. */
  timeout: z.number().positive().optional(),
  // Cloud deployments (issue 9): validated in depth by each cloud adapter.
  is_azure: z.boolean().optional(),
  is_vertex: z.boolean().optional(),
  is_bedrock: z.boolean().optional(),
  region: z.string().optional(),
  api_version: z.string().optional(),
  credentials: z.record(z.string(), z.unknown()).optional(),
  /** Vertex AI project and location (region or `global`). */
  project: z.string().optional(),
  location: z.string().optional(),
  /** Azure OpenAI resource name (`https://{resource}.openai.azure.com`). */
  resource_name: z.string().optional(),
});

export const modelEndpointRefSchema = z.union([
  z.string().min(1),
  z.looseObject({
    endpoint_id: z.string().min(1),
    model_id: z.string().min(1).optional(),
    rpm: positiveInt.optional(),
    tpm: positiveInt.optional(),
    concurrent_requests: positiveInt.optional(),
    weight: z.number().positive().optional(),
  }),
]);

export const modelSchema = z.looseObject({
  id: z.string().min(1).optional(),
  endpoints: z.array(modelEndpointRefSchema).optional(),
  function_call_available: z.boolean().optional(),
  response_format_available: z.boolean().optional(),
  native_multimodal: z.boolean().optional(),
  context_length: positiveInt.optional(),
  max_output_tokens: positiveInt.optional(),
  enabled: z.boolean().optional(),
  /** Extra names this model answers to. */
  aliases: z.array(z.string().min(1)).optional(),
  /** Backup / lightweight models are tried after every primary in the default plan. */
  backup: z.boolean().optional(),
  /** Prices per million tokens, USD; overrides the catalog. */
  pricing: z
    .looseObject({
      input: z.number().nonnegative().optional(),
      output: z.number().nonnegative().optional(),
      cache_read: z.number().nonnegative().optional(),
      cache_write: z.number().nonnegative().optional(),
    })
    .optional(),
});

export const backendSchema = z.looseObject({
  models: z.record(z.string(), modelSchema).default({}),
  default_endpoint: z.string().optional(),
});

export const settingsSchema = z.looseObject({
  VERSION: z.union([z.string(), z.number()]).optional(),
  endpoints: z.array(endpointSchema).default([]),
  backends: z.record(z.string(), backendSchema).default({}),
});

export type EndpointSettingsInput = z.input<typeof endpointSchema>;
export type ModelSettingsInput = z.input<typeof modelSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

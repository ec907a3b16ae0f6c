import { z } from 'zod';
import { routeSchema } from '../../../router/route-config.js';
import { ENDPOINT_TYPES, KEY_SELECTIONS, modelSchema } from '../../../settings/settings-schema.js';

/**
 * Request bodies of the admin API. The same schemas validate requests (400s name the field) and
 * document them in /openapi.json.
 */

const posInt = z.number().int().positive();
const optNum = posInt.nullable().optional();

export const loginBody = z.strictObject({ key: z.string().min(1, 'enter the admin key') });

export const keyInput = z.strictObject({
  id: z
    .string()
    .regex(/^[^\s]{1,100}$/, 'no spaces, 1-100 characters')
    .optional(),
  key: z
    .string()
    .optional()
    .describe(`The secret, or an environment reference ($\{NAME}). Omit (or send the masked value) to keep an existing key by id.`),
  weight: z.number().positive().nullable().optional(),
  rpm: optNum,
  tpm: optNum,
  rpd: optNum,
  enabled: z.boolean().optional(),
});

export const endpointFields = {
  api_base: z.string().url('must be a URL such as https://api.example.com/v1').nullable().optional(),
  endpoint_type: z.enum(ENDPOINT_TYPES).nullable().optional(),
  rpm: optNum,
  tpm: optNum,
  concurrent_requests: optNum,
  enabled: z.boolean().optional(),
  proxy: z.string().url().nullable().optional(),
  headers: z.record(z.string(), z.string()).nullable().optional(),
  key_selection: z.enum(KEY_SELECTIONS).nullable().optional(),
  timeout: z.number().positive().nullable().optional(),
  region: z.string().nullable().optional(),
  api_version: z.string().nullable().optional(),
};

export const endpointCreateBody = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'letters, digits, _ . : - only (1-64 characters)'),
  ...endpointFields,
  keys: z.array(keyInput).optional(),
});

export const endpointUpdateBody = z.strictObject({ ...endpointFields, keys: z.array(keyInput).optional() });

export const keyAddBody = keyInput.extend({ key: z.string().min(1, 'enter the API key (or an environment reference)') });

export const keyPatchBody = z.strictObject({
  enabled: z.boolean().optional(),
  weight: z.number().positive().nullable().optional(),
  rpm: optNum,
  tpm: optNum,
  rpd: optNum,
});

export const endpointTestBody = z.strictObject({
  target: z.string().min(3).optional().describe('backend/model configured on this endpoint'),
  backend: z.string().optional().describe('With model: test any upstream model id on this endpoint'),
  model: z.string().optional(),
  key_id: z.string().optional().describe('Test this key (default: the first enabled key)'),
});

export const modelBody = modelSchema;
export const routeBody = routeSchema;

export const activeBody = z.strictObject({
  chat: z.string().min(1).nullable().optional().describe('Model, backend/model or route; null = back to the config file'),
  vision: z.string().min(1).nullable().optional(),
});

export const gatewayKeyBody = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'letters, digits, _ . : - only')
    .optional(),
  name: z.string().max(200).nullable().optional(),
  models: z.array(z.string().min(1)).nullable().optional(),
  rpm: optNum,
  tpm: optNum,
  budget_usd: z.number().nonnegative().nullable().optional(),
  expires_at: z.union([z.string(), z.number()]).nullable().optional().describe('ISO date or epoch ms'),
  enabled: z.boolean().optional(),
});

export const gatewayKeyPatchBody = gatewayKeyBody.omit({ id: true });

export const importBody = z.strictObject({ yaml: z.string().min(1, 'paste or upload a YAML document') });

export const breakerResetBody = z.strictObject({ deployment: z.string().min(1) });

export const visionBody = z.strictObject({
  image: z.string().min(1, 'choose, paste or drop an image'),
  prompt: z.string().optional(),
  model: z.string().optional(),
  temperature: z.number().min(0).max(2).optional(),
  max_tokens: posInt.optional(),
});

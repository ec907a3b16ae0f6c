import { z } from 'zod';
import type { AdminRoute } from '../http/admin-api-router.js';
import * as schemas from '../schemas/admin-schemas.js';

type Json = Record<string, unknown>;

const BODIES: Record<string, z.ZodType> = {
  'POST /login': schemas.loginBody,
  'POST /endpoints': schemas.endpointCreateBody,
  'PUT /endpoints/:id': schemas.endpointUpdateBody,
  'POST /endpoints/:id/keys': schemas.keyAddBody,
  'PATCH /endpoints/:id/keys/:keyId': schemas.keyPatchBody,
  'POST /endpoints/:id/test': schemas.endpointTestBody,
  'PUT /models/:backend/:name': schemas.modelBody,
  'PUT /routes/:name': schemas.routeBody,
  'PUT /active': schemas.activeBody,
  'POST /keys': schemas.gatewayKeyBody,
  'PATCH /keys/:id': schemas.gatewayKeyPatchBody,
  'POST /config/import': schemas.importBody,
  'POST /breakers/reset': schemas.breakerResetBody,
  'POST /playground/vision': schemas.visionBody,
};

const QUERIES: Record<string, [string, string][]> = {
  'GET /overview': [['minutes', 'Chart window: 5, 15, 30 or 60']],
  'GET /history': [['hours', 'Hours back (1-168, default 24)']],
  'GET /usage': [
    ['since', 'Epoch ms or ISO date (inclusive)'],
    ['until', 'Epoch ms or ISO date (exclusive)'],
    ['key', 'Gateway key id (admin-console = playground)'],
    ['model', 'Model, backend/model or route'],
    ['status', 'success, error or an HTTP status'],
    ['limit', '1-500, default 50'],
    ['offset', 'For paging'],
  ],
  'GET /usage-summary': [
    ['group_by', 'key, model, backend, target, hour or day'],
    ['since', 'Epoch ms or ISO date'],
    ['until', 'Epoch ms or ISO date'],
  ],
};

const SSE = new Set(['GET /events', 'POST /playground/chat', 'POST /playground/vision']);

function jsonSchema(s: z.ZodType): Json {
  const out = z.toJSONSchema(s, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Json;
  delete out.$schema;
  return out;
}

/** OpenAPI paths for the admin API, generated from its route table and body schemas. */
export function adminOpenApiPaths(routes: readonly AdminRoute<unknown>[]): Record<string, Json> {
  const paths: Record<string, Json> = {};
  const error = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  for (const r of routes) {
    const key = `${r.method} ${r.path}`;
    const path = `/admin/api${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`;
    const params = [...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    for (const [name, description] of QUERIES[key] ?? [])
      params.push({ name, in: 'query', required: false, schema: { type: 'string' }, description } as never);
    const op: Json = {
      summary: r.summary,
      tags: ['Admin'],
      security: r.public ? [] : [{ adminSession: [], csrfToken: [] }, { adminKey: [] }],
      responses: {
        200: SSE.has(key)
          ? { description: 'text/event-stream', content: { 'text/event-stream': { schema: { type: 'string' } } } }
          : { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } },
        400: error,
        ...(r.public ? {} : { 401: error, 403: error }),
      },
    };
    if (params.length) op.parameters = params;
    const body = BODIES[key];
    if (body) op.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(body) } } };
    else if (key === 'POST /playground/chat')
      op.requestBody = {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ChatCompletionRequest' } } },
      };
    paths[path] ??= {};
    paths[path][r.method.toLowerCase()] = op;
  }
  return paths;
}

export const ADMIN_SECURITY_SCHEMES: Json = {
  adminSession: {
    type: 'apiKey',
    in: 'cookie',
    name: 'stable_llm_admin',
    description: 'Session cookie from POST /admin/api/login (HttpOnly, SameSite=Strict).',
  },
  csrfToken: {
    type: 'apiKey',
    in: 'header',
    name: 'x-csrf-token',
    description: 'Required with the session cookie on POST/PUT/PATCH/DELETE; from /admin/api/session or /admin/api/login.',
  },
  adminKey: {
    type: 'http',
    scheme: 'bearer',
    description: 'The admin key (admin_key, else master_key) as a bearer token, for scripts; no CSRF token needed.',
  },
};

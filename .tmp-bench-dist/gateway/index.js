/**
 * `stable-llm/gateway`: the HTTP gateway. The library entry (`stable-llm`) never imports this.
 *
 * - `startGateway(options)` — what `stable-llm serve` runs.
 * - `createGateway(options)` — the gateway without process concerns (tests, embedding).
 * - `GatewayRouter`, `RequestContext` and the helpers below — for routes plugged in by the admin
 *   console (`src/gateway/admin/index.ts` exporting `registerAdminRoutes(router, runtime)`).
 */
export { ADMIN_COOKIE, endAdminSession, isAdminRequest, startAdminSession } from './auth/admin-session.js';
export { buildConfigJsonSchema } from './config/build-config-json-schema.js';
export { buildGatewayConfig } from './config/build-gateway-config.js';
export { gatewayConfigSchema } from './config/gateway-config-schema.js';
export { DEFAULT_CONFIG_FILES, findConfigFile, loadGatewayConfig } from './config/load-gateway-config.js';
export { createGateway, Gateway } from './create-gateway.js';
export { badRequest, GatewayHttpError } from './http/http-error.js';
export { readBody, readJsonObject } from './http/read-body.js';
export { RequestContext } from './http/request-context.js';
export { GatewayRouter } from './http/router.js';
export { sendError } from './http/send-error.js';
export { sendJson } from './http/send-json.js';
export { SseWriter } from './http/sse-writer.js';
export { validateBody } from './http/validate-body.js';
export { GatewayMetrics } from './metrics/gateway-metrics.js';
export { buildOpenApi } from './openapi/build-openapi.js';
export { startGateway } from './start-gateway.js';
//# sourceMappingURL=index.js.map
/**
 * Persistence for the gateway: the usage log, gateway keys and a small key/value table, behind
 * one `GatewayStore` interface (SQLite embedded default, Postgres when DATABASE_URL is set,
 * memory for tests). Database drivers are loaded with dynamic imports inside this folder only.
 */
export type { GatewayKeyStore, GatewayStore, KvStore, UsageStore } from './gateway-store.js';
export { MemoryGatewayStore } from './memory-gateway-store.js';
export { hashKey, keyPrefix, newKeySecret } from './new-key-secret.js';
export { type OpenGatewayStoreOptions, openGatewayStore } from './open-gateway-store.js';
export { openRedisClient } from './open-redis-client.js';
export type { GatewayKeyPatch, NewGatewayKey, StoredGatewayKey } from './stored-gateway-key.js';
export type { UsageGroupBy, UsageQuery, UsageQueryResult, UsageRow, UsageSummaryRow } from './usage-row.js';

import type { GatewayStore } from './gateway-store.js';
import { MemoryGatewayStore } from './memory-gateway-store.js';

export interface OpenGatewayStoreOptions {
  sqlitePath: string;
  databaseUrl?: string;
  /** Postgres schema (tests use a private one). */
  postgresSchema?: string;
  /** `memory` forces the in-memory store (tests, read-only file systems). */
  kind?: 'auto' | 'memory';
}

/**
 * Postgres when a database URL is configured, else the SQLite file. Drivers are imported only
 * here, on demand, so the library never loads them.
 */
export async function openGatewayStore(options: OpenGatewayStoreOptions): Promise<GatewayStore> {
  if (options.kind === 'memory') return new MemoryGatewayStore();
  if (options.databaseUrl) {
    const { PostgresGatewayStore } = await import('./postgres-gateway-store.js');
    return PostgresGatewayStore.open({ url: options.databaseUrl, schema: options.postgresSchema });
  }
  const { SqliteGatewayStore } = await import('./sqlite-gateway-store.js');
  return SqliteGatewayStore.open(options.sqlitePath);
}

import type { GatewayStore } from './gateway-store.js';
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
export declare function openGatewayStore(options: OpenGatewayStoreOptions): Promise<GatewayStore>;

import { MemoryGatewayStore } from './memory-gateway-store.js';
/**
 * Postgres when a database URL is configured, else the SQLite file. Drivers are imported only
 * here, on demand, so the library never loads them.
 */
export async function openGatewayStore(options) {
    if (options.kind === 'memory')
        return new MemoryGatewayStore();
    if (options.databaseUrl) {
        const { PostgresGatewayStore } = await import('./postgres-gateway-store.js');
        return PostgresGatewayStore.open({ url: options.databaseUrl, schema: options.postgresSchema });
    }
    const { SqliteGatewayStore } = await import('./sqlite-gateway-store.js');
    return SqliteGatewayStore.open(options.sqlitePath);
}
//# sourceMappingURL=open-gateway-store.js.map
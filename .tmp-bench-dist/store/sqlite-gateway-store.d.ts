import type { GatewayStore } from './gateway-store.js';
import type { GatewayKeyPatch, NewGatewayKey, StoredGatewayKey } from './stored-gateway-key.js';
import type { UsageGroupBy, UsageQuery, UsageQueryResult, UsageRow, UsageSummaryRow } from './usage-row.js';
/**
 * The embedded default store (better-sqlite3, WAL). Synchronous driver, but only the batched
 * usage flush and admin queries touch it, never the request hot path. Several worker processes
 * may share the file (WAL + busy timeout).
 */
export declare class SqliteGatewayStore implements GatewayStore {
    readonly kind: "sqlite";
    readonly location: string;
    private readonly db;
    private readonly insertMany;
    private constructor();
    /** Opens (creating directories and tables as needed). The driver is loaded only here. */
    static open(path: string): Promise<SqliteGatewayStore>;
    insertUsage(rows: readonly UsageRow[]): Promise<void>;
    queryUsage(query?: UsageQuery): Promise<UsageQueryResult>;
    summarizeUsage(groupBy: UsageGroupBy, query?: UsageQuery): Promise<UsageSummaryRow[]>;
    spendByKey(since?: number): Promise<Map<string, number>>;
    listKeys(): Promise<StoredGatewayKey[]>;
    createKey(input: NewGatewayKey): Promise<{
        key: string;
        record: StoredGatewayKey;
    }>;
    updateKey(id: string, patch: GatewayKeyPatch): Promise<StoredGatewayKey | undefined>;
    deleteKey(id: string): Promise<boolean>;
    getValue(name: string): Promise<string | undefined>;
    setValue(name: string, value: string): Promise<void>;
    close(): Promise<void>;
}
export declare function toUsageRow(r: Record<string, unknown>): UsageRow;
export declare function toKey(r: Record<string, unknown>): StoredGatewayKey;

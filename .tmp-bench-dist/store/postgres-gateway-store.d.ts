import type { GatewayStore } from './gateway-store.js';
import type { GatewayKeyPatch, NewGatewayKey, StoredGatewayKey } from './stored-gateway-key.js';
import type { UsageGroupBy, UsageQuery, UsageQueryResult, UsageRow, UsageSummaryRow } from './usage-row.js';
export interface PostgresStoreOptions {
    url: string;
    /** Schema holding the tables (created if missing). Default `public`. */
    schema?: string;
    /** Pool size. Default 5: the usage flush and admin queries are the only users. */
    max?: number;
}
/** Usage log and gateway keys in Postgres, for several gateway instances sharing one database. */
export declare class PostgresGatewayStore implements GatewayStore {
    readonly kind: "postgres";
    readonly location: string;
    private readonly pool;
    private readonly t;
    private constructor();
    /** Connects, creates the schema and tables if needed. The `pg` driver is loaded only here. */
    static open(options: PostgresStoreOptions): Promise<PostgresGatewayStore>;
    private migrate;
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
/** `postgres://user:secret@host/db` → `postgres://user:****@host/db`. */
export declare function maskUrl(url: string): string;

import type { GatewayStore } from './gateway-store.js';
import type { GatewayKeyPatch, NewGatewayKey, StoredGatewayKey } from './stored-gateway-key.js';
import type { UsageGroupBy, UsageQuery, UsageQueryResult, UsageRow, UsageSummaryRow } from './usage-row.js';
/**
 * Everything in memory: for tests and for `stores.usage_log: false` setups. Same semantics as
 * the SQL stores (the store tests run one suite against all three).
 */
export declare class MemoryGatewayStore implements GatewayStore {
    readonly kind: "memory";
    readonly location = "memory";
    private readonly rows;
    private readonly keys;
    private readonly kv;
    /** Keeps memory bounded: the oldest rows go first. */
    private readonly maxRows;
    constructor(options?: {
        maxRows?: number;
    });
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
export declare function definedOnly<T extends object>(patch: T): Partial<T>;

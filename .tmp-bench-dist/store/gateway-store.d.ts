import type { GatewayKeyPatch, NewGatewayKey, StoredGatewayKey } from './stored-gateway-key.js';
import type { UsageGroupBy, UsageQuery, UsageQueryResult, UsageRow, UsageSummaryRow } from './usage-row.js';
/** The usage log: written in batches off the hot path, read by the admin console. */
export interface UsageStore {
    insertUsage(rows: readonly UsageRow[]): Promise<void>;
    queryUsage(query?: UsageQuery): Promise<UsageQueryResult>;
    /** Totals grouped by key, model, backend, target, hour or day. */
    summarizeUsage(groupBy: UsageGroupBy, query?: Pick<UsageQuery, 'since' | 'until' | 'keyId' | 'backend' | 'model'>): Promise<UsageSummaryRow[]>;
    /** USD spent per gateway key id (all time, or since `since`). */
    spendByKey(since?: number): Promise<Map<string, number>>;
}
/** Gateway keys created from the admin console. */
export interface GatewayKeyStore {
    listKeys(): Promise<StoredGatewayKey[]>;
    /** Creates a key; the plaintext is returned here once and never again. */
    createKey(input: NewGatewayKey): Promise<{
        key: string;
        record: StoredGatewayKey;
    }>;
    updateKey(id: string, patch: GatewayKeyPatch): Promise<StoredGatewayKey | undefined>;
    deleteKey(id: string): Promise<boolean>;
}
/** Small named values that survive restarts (active models chosen in the admin console). */
export interface KvStore {
    getValue(name: string): Promise<string | undefined>;
    setValue(name: string, value: string): Promise<void>;
}
export interface GatewayStore extends UsageStore, GatewayKeyStore, KvStore {
    readonly kind: 'sqlite' | 'postgres' | 'memory';
    /** Where it lives, for the banner and /status (credentials masked). */
    readonly location: string;
    close(): Promise<void>;
}

import type { GatewayLogger } from '../../logging/create-logger.js';
export type ChangeKind = 'config' | 'keys' | 'active' | 'breaker';
export interface ChangeNotice {
    kind: ChangeKind;
    /** Instance that made the change (its own notices are ignored). */
    from: string;
    revision?: number;
    /** Breaker resets: the deployment key. */
    deployment?: string;
}
export declare const CHANGE_CHANNEL = "stable-llm:admin:changes";
/**
 * Tells other gateway instances that the console changed something, so they reload it from the
 * shared store. Redis pub/sub when `stores.redis_url` is set; otherwise a no-op (instances still
 * converge through the periodic store poll in AdminConfigManager).
 */
export declare class ChangeBus {
    readonly instanceId: string;
    private readonly logger;
    private pub;
    private sub;
    private listener;
    constructor(instanceId: string, logger: GatewayLogger);
    get connected(): boolean;
    /** Connects publisher and subscriber; failures are logged and leave the bus off. */
    connect(redisUrl: string | undefined, onNotice: (notice: ChangeNotice) => void): Promise<void>;
    publish(notice: Omit<ChangeNotice, 'from'>): void;
    close(): void;
}

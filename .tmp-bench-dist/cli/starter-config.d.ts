import type { BackendType } from '../settings/backend-type.js';
export interface StarterConfigOptions {
    /** Backends to enable; each reads its key from `keyEnv[backend]`. */
    backends: BackendType[];
    /** Env var holding each enabled backend's key (the one found set, else the preset's first). */
    keyEnv: Partial<Record<BackendType, string>>;
    date?: Date;
}
/**
 * A commented `stable-llm.yaml`: enabled providers first, a few more commented out, routes with
 * cross-provider failover, and the server section. Keys are `${ENV}` references, never values,
 * so the file can be committed.
 */
export declare function starterConfig(options: StarterConfigOptions): string;

import type { ProtocolHandler } from './protocol-handler.js';
import type { RequestLog } from './request-log.js';
import type { RuleStore } from './rule-store.js';
/** What the request and control handlers share with the server that owns them. */
export interface ServerState {
    /** Lookup order, first match wins. */
    protocols(): readonly ProtocolHandler[];
    readonly rules: RuleStore;
    readonly log: RequestLog;
    readonly strict: boolean;
    readonly defaultText: string | undefined;
    readonly models: readonly string[];
    readonly requireApiKey: boolean;
    nextSeq(): number;
    /** Clears rules and log and restarts id sequences. */
    reset(): void;
    shuttingDown(): boolean;
}

import type { GatewayLogger } from '../logging/create-logger.js';
export interface ClusterHandle {
    url: string;
    port: number;
    /** SIGTERM to every worker (each drains and flushes), then waits for them to exit. */
    close(): Promise<void>;
    /** Asks every worker to re-read its config (SIGHUP). */
    reload(): Promise<void>;
}
/**
 * `--workers N` on one machine, natively (the seed's gunicorn advice): node:cluster forks N
 * copies of the current program; they share the listening socket; limits stay exact through
 * Redis (or the SQLite limiter file when there is no Redis). Crashed workers are replaced.
 */
export declare function runClusterPrimary(options: {
    workers: number;
    logger: GatewayLogger;
    env?: NodeJS.ProcessEnv;
    startTimeoutMs?: number;
}): Promise<ClusterHandle>;

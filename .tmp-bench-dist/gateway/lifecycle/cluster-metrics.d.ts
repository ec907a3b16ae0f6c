import type { Worker } from 'node:cluster';
import { type Registry } from 'prom-client';
interface MetricsMessage {
    type: string;
    id: number;
    body?: string;
    error?: string;
}
/**
 * With --workers, any worker may receive the /metrics scrape; it asks the primary, which
 * collects every worker's registry (prom-client's AggregatorRegistry) and answers over IPC, so
 * Prometheus sees one consistent view of the whole instance.
 */
export declare function workerMetricsRenderer(registry: Registry): () => Promise<string>;
/** Primary side: answers workers' metrics requests with the aggregate of all workers. */
export declare function servePrimaryMetrics(): (worker: Worker, msg: MetricsMessage) => void;
export {};

import type { Worker } from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

const REQUEST = 'stable-llm:metrics-request';
const REPLY = 'stable-llm:metrics-reply';

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
export function workerMetricsRenderer(registry: Registry): () => Promise<string> {
  AggregatorRegistry.setRegistries([registry]);
  // Constructing one installs prom-client's worker-side responder to the primary's requests.
  new AggregatorRegistry();
  let seq = 0;
  const pending = new Map<number, { resolve: (s: string) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  process.on('message', (msg: MetricsMessage) => {
    if (!msg || msg.type !== REPLY) return;
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    clearTimeout(p.timer);
    if (msg.error !== undefined) p.reject(new Error(msg.error));
    else p.resolve(msg.body ?? '');
  });
  return () =>
    new Promise<string>((resolve, reject) => {
      if (!process.send) {
        registry.metrics().then(resolve, reject);
        return;
      }
      const id = ++seq;
      const timer = setTimeout(() => {
        pending.delete(id);
        // Primary too slow: answer with this worker's own view rather than nothing.
        registry.metrics().then(resolve, reject);
      }, 5000);
      pending.set(id, { resolve, reject, timer });
      process.send({ type: REQUEST, id });
    });
}

/** Primary side: answers workers' metrics requests with the aggregate of all workers. */
export function servePrimaryMetrics(): (worker: Worker, msg: MetricsMessage) => void {
  const aggregator = new AggregatorRegistry();
  return (worker, msg) => {
    if (!msg || msg.type !== REQUEST) return;
    aggregator.clusterMetrics().then(
      (body) => worker.send({ type: REPLY, id: msg.id, body }),
      (err: Error) => worker.send({ type: REPLY, id: msg.id, error: err.message }),
    );
  };
}

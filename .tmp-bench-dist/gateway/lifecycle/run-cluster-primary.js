import cluster, {} from 'node:cluster';
import { servePrimaryMetrics } from './cluster-metrics.js';
/**
 * `--workers N` on one machine, natively (the seed's gunicorn advice): node:cluster forks N
 * copies of the current program; they share the listening socket; limits stay exact through
 * Redis (or the SQLite limiter file when there is no Redis). Crashed workers are replaced.
 */
export function runClusterPrimary(options) {
    const { workers, logger } = options;
    let stopping = false;
    const onMetrics = servePrimaryMetrics();
    const fork = () => {
        const w = cluster.fork({ ...(options.env ?? {}), STABLE_LLM_WORKER: '1' });
        w.on('message', (msg) => onMetrics(w, msg));
        return w;
    };
    return new Promise((resolve, reject) => {
        let listening = 0;
        let address;
        const timer = setTimeout(() => reject(new Error(`workers did not start within ${options.startTimeoutMs ?? 30_000} ms`)), options.startTimeoutMs ?? 30_000);
        const onListening = (_w, addr) => {
            listening++;
            const host = !addr.address || addr.address === '0.0.0.0' || addr.address === '::'
                ? '127.0.0.1'
                : addr.address.includes(':')
                    ? `[${addr.address}]`
                    : addr.address;
            address ??= { port: addr.port, url: `http://${host}:${addr.port}` };
            if (listening === workers) {
                clearTimeout(timer);
                cluster.off('listening', onListening);
                resolve({
                    url: address.url,
                    port: address.port,
                    close: () => stopAll(),
                    reload: async () => {
                        for (const w of Object.values(cluster.workers ?? {}))
                            w?.process.kill('SIGHUP');
                    },
                });
            }
        };
        cluster.on('listening', onListening);
        cluster.on('exit', (w, code, signal) => {
            if (stopping)
                return;
            if (listening < workers) {
                clearTimeout(timer);
                reject(new Error(`worker ${w.process.pid} exited during start-up (code ${code ?? signal})`));
                return;
            }
            logger.error({ pid: w.process.pid, code, signal }, 'worker died; starting a replacement');
            fork();
        });
        for (let i = 0; i < workers; i++)
            fork();
    });
    async function stopAll() {
        stopping = true;
        const alive = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined && !w.isDead());
        await Promise.all(alive.map((w) => new Promise((done) => {
            w.once('exit', () => done());
            w.process.kill('SIGTERM');
        })));
    }
}
//# sourceMappingURL=run-cluster-primary.js.map
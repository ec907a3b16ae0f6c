import { connect } from 'node:net';
export const DEFAULT_TEST_REDIS_URL = 'redis://127.0.0.1:6379';
/**
 * Whether a real Redis answers PING at the test URL (`REDIS_URL`, default 127.0.0.1:6379),
 * checked with a raw socket so it needs no client library.
 *
 * Policy: on CI (`CI=true`) an unreachable Redis is a failure — the Redis-backed guarantees must
 * be tested there — so this throws. Locally it prints a visible notice and returns false; use it
 * as `describe.skipIf(!(await redisAvailable()))`.
 */
export async function redisAvailable(url = process.env.REDIS_URL ?? DEFAULT_TEST_REDIS_URL) {
    const ok = await ping(url);
    if (ok)
        return true;
    const msg = `Redis not reachable at ${url}`;
    if (process.env.CI === 'true')
        throw new Error(`${msg} — required on CI (CI=true)`);
    console.warn(`\n⚠️  ${msg}: SKIPPING Redis tests (set CI=true to make this a failure)\n`);
    return false;
}
/** A key prefix unique to this test run, so parallel runs never share keys. */
export function uniqueTestPrefix(label = 'test') {
    return `stable-llm-${label}:${process.pid}:${Date.now().toString(36)}:${Math.random().toString(36).slice(2, 8)}:`;
}
function ping(url, timeoutMs = 500) {
    const u = new URL(url);
    return new Promise((resolve) => {
        const socket = connect({ host: u.hostname || '127.0.0.1', port: Number(u.port || 6379) });
        let buf = '';
        const done = (ok) => {
            clearTimeout(timer);
            socket.destroy();
            resolve(ok);
        };
        const timer = setTimeout(() => done(false), timeoutMs);
        socket.on('connect', () => {
            if (u.password)
                socket.write(`AUTH ${decodeURIComponent(u.password)}\r\n`);
            socket.write('PING\r\n');
        });
        socket.on('data', (d) => {
            buf += d.toString();
            if (buf.includes('+PONG'))
                done(true);
            else if (buf.includes('-'))
                done(false);
        });
        socket.on('error', () => done(false));
    });
}
//# sourceMappingURL=require-redis.js.map
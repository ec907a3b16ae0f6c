export declare const DEFAULT_TEST_REDIS_URL = "redis://127.0.0.1:6379";
/**
 * Whether a real Redis answers PING at the test URL (`REDIS_URL`, default 127.0.0.1:6379),
 * checked with a raw socket so it needs no client library.
 *
 * Policy: on CI (`CI=true`) an unreachable Redis is a failure — the Redis-backed guarantees must
 * be tested there — so this throws. Locally it prints a visible notice and returns false; use it
 * as `describe.skipIf(!(await redisAvailable()))`.
 */
export declare function redisAvailable(url?: string): Promise<boolean>;
/** A key prefix unique to this test run, so parallel runs never share keys. */
export declare function uniqueTestPrefix(label?: string): string;

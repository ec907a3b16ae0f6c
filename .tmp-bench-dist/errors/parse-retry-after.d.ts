/**
 * Reads how long the provider asks us to wait, in ms, from response headers:
 * `retry-after-ms`, `x-ms-retry-after-ms`, `retry-after` (seconds or HTTP date), then the
 * OpenAI/Groq-style `x-ratelimit-reset-requests|tokens` durations (`1s`, `6m0s`, `12ms`).
 * Returns undefined when nothing usable is present. `now` is injectable for tests.
 */
export declare function parseRetryAfter(headers: Record<string, string | string[] | undefined>, now?: number): number | undefined;
/** Parses Go-style durations such as `1m30s`, `250ms`, `6.5s`; also a bare number of seconds. */
export declare function parseDuration(text: string): number | undefined;

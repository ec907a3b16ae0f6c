/**
 * Reads how long the provider asks us to wait, in ms, from response headers:
 * `retry-after-ms`, `x-ms-retry-after-ms`, `retry-after` (seconds or HTTP date), then the
 * OpenAI/Groq-style `x-ratelimit-reset-requests|tokens` durations (`1s`, `6m0s`, `12ms`).
 * Returns undefined when nothing usable is present. `now` is injectable for tests.
 */
export function parseRetryAfter(headers: Record<string, string | string[] | undefined>, now: number = Date.now()): number | undefined {
  const ms = firstHeader(headers['retry-after-ms']) ?? firstHeader(headers['x-ms-retry-after-ms']);
  if (ms !== undefined) {
    const n = Number(ms);
    if (Number.isFinite(n) && n >= 0) return n;
  }
  const ra = firstHeader(headers['retry-after']);
  if (ra !== undefined) {
    const seconds = Number(ra);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(ra);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  let best: number | undefined;
  for (const name of ['x-ratelimit-reset-requests', 'x-ratelimit-reset-tokens']) {
    const v = firstHeader(headers[name]);
    if (v === undefined) continue;
    const d = parseDuration(v);
    if (d !== undefined && (best === undefined || d > best)) best = d;
  }
  return best;
}

function firstHeader(v: string | string[] | undefined): string | undefined {
  if (v === undefined) return undefined;
  return Array.isArray(v) ? v[0] : v;
}

const DURATION_PART = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;

/** Parses Go-style durations such as `1m30s`, `250ms`, `6.5s`; also a bare number of seconds. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  let total = 0;
  let matched = false;
  DURATION_PART.lastIndex = 0;
  for (let m = DURATION_PART.exec(trimmed); m !== null; m = DURATION_PART.exec(trimmed)) {
    matched = true;
    const n = Number(m[1]);
    const unit = m[2];
    total += unit === 'ms' ? n : unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n * 3_600_000;
  }
  return matched ? total : undefined;
}

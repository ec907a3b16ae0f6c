/**
 * The load generator, in its own process (forked by the harness, driven over IPC): it never
 * shares a process with a server under test. One job at a time: { id, kind, ... } → { id, result }.
 *
 * kinds:
 *  - http:   autocannon for `durationS` after an unrecorded `warmupS`; latencies are recorded at
 *            full precision from autocannon's `response` event (its own histogram has 1 ms buckets,
 *            too coarse for sub-millisecond overheads).
 *  - stream: `count` sequential streaming requests (after `warmup` unrecorded ones): time to the
 *            first content token and to the end of the stream.
 *  - hold:   `streams` concurrent streaming requests, all opened at once and read to the end.
 */
import autocannon from 'autocannon';
import { Agent, request } from 'undici';
import { summarize } from './stats.js';

function cannon(opts) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const tracker = autocannon(opts, (err, result) => (err ? reject(err) : resolve({ result, latencies })));
    tracker.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

async function httpJob(job) {
  const base = { url: job.url, method: 'POST', headers: job.headers, body: job.body, connections: job.connections, timeout: 30 };
  const warm = job.warmupS > 0 ? await cannon({ ...base, duration: job.warmupS }) : undefined;
  const { result, latencies } = await cannon({ ...base, duration: job.durationS });
  const ok = result['2xx'];
  return {
    connections: job.connections,
    durationS: job.durationS,
    requests: result.requests.total,
    warmupRequests: warm ? warm.result.requests.total : 0,
    ok,
    rps: ok / job.durationS,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    latencyMs: summarize(latencies),
  };
}

/** Time to the first SSE event carrying a non-empty `content` delta, and to the end of the body. */
async function oneStream(dispatcher, job) {
  const t0 = performance.now();
  const res = await request(job.url, { method: 'POST', headers: job.headers, body: job.body, dispatcher });
  if (res.statusCode !== 200) {
    const text = await res.body.text();
    throw new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`);
  }
  let ttft;
  let tail = '';
  let sawDone = false;
  for await (const chunk of res.body) {
    const text = tail + chunk.toString();
    if (ttft === undefined && /"content":"[^"]/.test(text)) ttft = performance.now() - t0;
    if (text.includes('[DONE]')) sawDone = true;
    tail = text.slice(-64);
  }
  const total = performance.now() - t0;
  if (ttft === undefined) throw new Error('stream ended without a content token');
  if (!sawDone) throw new Error('stream ended without [DONE]');
  return { ttft, total };
}

async function streamJob(job) {
  const dispatcher = new Agent({ connections: 1, keepAliveTimeout: 30_000 });
  try {
    for (let i = 0; i < job.warmup; i++) await oneStream(dispatcher, job);
    const ttft = [];
    const total = [];
    let errors = 0;
    let firstError;
    for (let i = 0; i < job.count; i++) {
      try {
        const r = await oneStream(dispatcher, job);
        ttft.push(r.ttft);
        total.push(r.total);
      } catch (err) {
        errors++;
        firstError ??= err.message;
      }
    }
    return { count: job.count, errors, firstError, ttftMs: summarize(ttft), totalMs: summarize(total) };
  } finally {
    await dispatcher.close();
  }
}

async function holdJob(job) {
  const dispatcher = new Agent({ connections: null, keepAliveTimeout: 30_000, headersTimeout: 120_000, bodyTimeout: 120_000 });
  const started = performance.now();
  try {
    const outcomes = await Promise.allSettled(Array.from({ length: job.streams }, () => oneStream(dispatcher, job)));
    const ok = outcomes.filter((o) => o.status === 'fulfilled').map((o) => o.value);
    const failed = outcomes.filter((o) => o.status === 'rejected');
    return {
      streams: job.streams,
      ok: ok.length,
      failed: failed.length,
      firstError: failed[0]?.reason?.message,
      wallMs: performance.now() - started,
      ttftMs: summarize(ok.map((r) => r.ttft)),
      totalMs: summarize(ok.map((r) => r.total)),
    };
  } finally {
    await dispatcher.destroy();
  }
}

const KINDS = { http: httpJob, stream: streamJob, hold: holdJob };

process.on('message', async (job) => {
  try {
    const result = await KINDS[job.kind](job);
    process.send({ id: job.id, result });
  } catch (err) {
    process.send({ id: job.id, error: err?.stack ?? String(err) });
  }
});
process.on('disconnect', () => process.exit(0));
process.send({ ready: true });

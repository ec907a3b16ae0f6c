import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Smoke test of the benchmark harness (not a benchmark: no timing is asserted). It keeps the
// pieces `npm run bench` relies on from rotting: the fast upstream, the bare proxy, the load
// worker (autocannon) and the report renderers.

const here = fileURLToPath(new URL('.', import.meta.url));

type Processes = typeof import('./lib/processes.js');
type Server = Awaited<ReturnType<Processes['startServer']>>;
type Worker = Awaited<ReturnType<Processes['startLoadWorker']>>;

describe('bench harness', () => {
  let p: Processes;
  let upstream: Server;
  let proxy: Server;
  let worker: Worker;

  beforeAll(async () => {
    p = await import('./lib/processes.js');
    const upPort = await p.freePort();
    upstream = await p.startServer({
      name: 'fast upstream',
      args: [join(here, 'fast-upstream.js'), '--port', String(upPort)],
      port: upPort,
    });
    const proxyPort = await p.freePort();
    proxy = await p.startServer({
      name: 'bare proxy',
      args: [join(here, 'bare-proxy.js'), '--upstream', upstream.url, '--port', String(proxyPort)],
      port: proxyPort,
    });
    worker = await p.startLoadWorker(join(here, 'lib', 'load-worker.js'));
  });

  afterAll(async () => {
    await worker?.stop();
    await p?.stopAll();
  });

  it('the fast upstream speaks OpenAI JSON, SSE and 429 through the bare proxy', async () => {
    const body = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }] });
    const json = await fetch(`${proxy.url}/v1/chat/completions`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect(json.status).toBe(200);
    const completion = (await json.json()) as {
      object: string;
      choices: { message: { content: string } }[];
      usage: { total_tokens: number };
    };
    expect(completion.object).toBe('chat.completion');
    expect(completion.choices[0].message.content).toContain('fast upstream');
    expect(completion.usage.total_tokens).toBeGreaterThan(0);

    const sse = await fetch(`${proxy.url}/m/chunks=3,every=1/v1/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({ model: 'm', stream: true, stream_options: { include_usage: true }, messages: [] }),
    });
    const text = await sse.text();
    expect(sse.headers.get('content-type')).toContain('text/event-stream');
    expect(text.match(/"content":"[^"]/g)?.length).toBe(3);
    expect(text).toContain('"usage"');
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);

    const limited = await fetch(`${proxy.url}/m/status=429/v1/chat/completions`, { method: 'POST', body });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate_limit_exceeded');
  });

  it('a 1-second autocannon run through the bare proxy gives a well-formed, non-zero result', async () => {
    const r = await worker.run({
      kind: 'http',
      url: `${proxy.url}/v1/chat/completions`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }),
      connections: 4,
      durationS: 1,
      warmupS: 0,
    });
    expect(r.rps).toBeGreaterThan(0);
    expect(r.ok).toBeGreaterThan(0);
    expect(r.non2xx).toBe(0);
    expect(r.errors).toBe(0);
    for (const k of ['n', 'min', 'p50', 'p90', 'p99', 'max', 'mean']) expect(Number.isFinite(r.latencyMs[k])).toBe(true);
    expect(r.latencyMs.p50).toBeLessThanOrEqual(r.latencyMs.p99);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('streams are timed to the first token and to the end', async () => {
    const r = await worker.run({
      kind: 'stream',
      url: `${upstream.url}/m/chunks=3,every=1/v1/chat/completions`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', stream: true, messages: [] }),
      count: 5,
      warmup: 1,
    });
    expect(r.errors).toBe(0);
    expect(r.ttftMs.n).toBe(5);
    expect(r.ttftMs.p50).toBeLessThanOrEqual(r.totalMs.p50);
  });

  it('the report renderers accept a result', async () => {
    const { renderMarkdown, renderReadmeSection } = await import('./lib/report.js');
    const { renderSvg } = await import('./lib/chart.js');
    const m = (rps: number, p50: number) => ({ median: { rps, p50, p99: p50 * 3, mean: p50, failures: 0 } });
    const result = {
      quick: true,
      totalS: 1,
      machine: {
        cpu: 'test cpu',
        cores: 2,
        memGb: 4,
        node: process.version,
        os: 'test',
        loadavg: [0, 0, 0],
        date: new Date().toISOString(),
      },
      versions: { autocannon: '9', portkey: undefined },
      plan: { durationS: 1, warmupS: 0, reps: 1, paths: { hold: '/m/chunks=1,every=1/v1' } },
      contenders: { direct: 'd', bare: 'b', stable: 's' },
      scenarios: {
        nonStreaming: {
          c1: { direct: m(100, 0.1), bare: m(90, 0.3), stable: m(80, 0.4) },
          c50: { direct: m(1000, 1), bare: m(900, 2), stable: m(800, 3) },
        },
        rss: { bare: { idleMb: 50, peakC50Mb: 60 }, stable: { idleMb: 70, peakC50Mb: 80 } },
      },
      targets: [{ id: 'throughput', target: 't', measured: 'm', value: 0.9, met: true }],
    };
    expect(renderMarkdown(result)).toContain('| **stable-llm** | 800 | 0.89× |');
    expect(renderReadmeSection(result)).toContain('latest.svg');
    const svg = renderSvg(result);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('stable-llm');
  });
});

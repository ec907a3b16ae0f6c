#!/usr/bin/env node
/**
 * The benchmark's fake OpenAI-compatible upstream: as little work per request as a server can do,
 * so the gateway under test, not the upstream, is what the numbers measure.
 *
 *   node bench/fast-upstream.js [--port 0] [--host 127.0.0.1]   → prints FAST_UPSTREAM_URL=http://…
 *
 * Behaviour is chosen by an optional path prefix, so every gateway can be pointed at a mode
 * through its ordinary base-URL setting (no custom headers to forward):
 *
 *   POST /v1/chat/completions                          immediate answer (JSON, or SSE when stream: true)
 *   POST /m/lat=5/v1/chat/completions                  answer after 5 ms
 *   POST /m/chunks=20,every=5/v1/chat/completions      stream 20 content chunks, one every 5 ms
 *   POST /m/status=429/v1/chat/completions             OpenAI-style 429 rate-limit error (retry-after: 1)
 *   GET  /v1/models, GET /health
 *   GET  /__stats  → { requests, byStatus, streamsOpen }   POST /__stats/reset
 *
 * The first content chunk is written at once (with the headers); the next ones follow every `every`
 * ms, so the time to first token seen by a client is the gateway's overhead, not a sleep.
 */
import { createServer } from 'node:http';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};

const CONTENT = 'Hello from the fast upstream.';
const TOKENS = ['Hello', ' from', ' the', ' fast', ' upstream', '.'];
const created = Math.floor(Date.now() / 1000);
const stats = { requests: 0, byStatus: {}, streamsOpen: 0 };
const count = (status) => {
  stats.requests++;
  stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
};

/** Parsed `/m/<opts>` prefixes, cached: the same few strings arrive thousands of times. */
const modeCache = new Map();
function modeOf(url) {
  if (!url.startsWith('/m/')) return DEFAULT_MODE;
  const end = url.indexOf('/', 3);
  const text = url.slice(3, end < 0 ? undefined : end);
  let mode = modeCache.get(text);
  if (mode === undefined) {
    mode = { ...DEFAULT_MODE };
    for (const pair of text.split(',')) {
      const [k, v] = pair.split('=');
      if (k in mode) mode[k] = Number(v);
    }
    if (modeCache.size < 1000) modeCache.set(text, mode);
  }
  return mode;
}
const DEFAULT_MODE = { lat: 0, status: 200, chunks: 6, every: 0 };

const jsonCache = new Map();
function completionBody(model) {
  let body = jsonCache.get(model);
  if (body === undefined) {
    body = Buffer.from(
      JSON.stringify({
        id: 'chatcmpl-bench',
        object: 'chat.completion',
        created,
        model,
        choices: [{ index: 0, message: { role: 'assistant', content: CONTENT }, logprobs: null, finish_reason: 'stop' }],
        usage: { prompt_tokens: 12, completion_tokens: 6, total_tokens: 18 },
      }),
    );
    if (jsonCache.size < 1000) jsonCache.set(model, body);
  }
  return body;
}

const RATE_LIMIT_BODY = Buffer.from(
  JSON.stringify({
    error: { message: 'Rate limit reached for requests (bench).', type: 'requests', param: null, code: 'rate_limit_exceeded' },
  }),
);

function chunkFrame(model, delta, finish) {
  return `data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":${created},"model":${JSON.stringify(model)},"choices":[{"index":0,"delta":${JSON.stringify(delta)},"logprobs":null,"finish_reason":${finish ? '"stop"' : 'null'}}]}\n\n`;
}
function usageFrame(model, n) {
  return `data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":${created},"model":${JSON.stringify(model)},"choices":[],"usage":{"prompt_tokens":12,"completion_tokens":${n},"total_tokens":${12 + n}}}\n\n`;
}

function stream(res, model, mode, includeUsage) {
  count(200);
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const n = Math.max(1, mode.chunks);
  const content = (i) =>
    chunkFrame(model, i === 0 ? { role: 'assistant', content: TOKENS[0] } : { content: TOKENS[i % TOKENS.length] }, false);
  const tail = () => `${chunkFrame(model, {}, true)}${includeUsage ? usageFrame(model, n) : ''}data: [DONE]\n\n`;
  if (mode.every <= 0) {
    let all = '';
    for (let i = 0; i < n; i++) all += content(i);
    res.end(all + tail());
    return;
  }
  stats.streamsOpen++;
  let i = 0;
  let closed = false;
  res.write(content(i++));
  const timer = setInterval(() => {
    if (closed) return;
    if (i < n) res.write(content(i++));
    if (i >= n) {
      clearInterval(timer);
      closed = true;
      stats.streamsOpen--;
      res.end(tail());
    }
  }, mode.every);
  res.on('close', () => {
    if (closed) return;
    closed = true;
    stats.streamsOpen--;
    clearInterval(timer);
  });
}

function answer(req, res, raw) {
  const mode = modeOf(req.url);
  let body;
  try {
    body = JSON.parse(raw);
  } catch {
    count(400);
    res.writeHead(400, { 'content-type': 'application/json' });
    res.end('{"error":{"message":"invalid JSON","type":"invalid_request_error"}}');
    return;
  }
  const model = typeof body.model === 'string' ? body.model : 'bench-model';
  if (mode.status === 429) {
    count(429);
    res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1', 'content-length': RATE_LIMIT_BODY.length });
    res.end(RATE_LIMIT_BODY);
    return;
  }
  if (body.stream === true) return stream(res, model, mode, body.stream_options?.include_usage === true);
  const payload = completionBody(model);
  count(200);
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': payload.length });
  res.end(payload);
}

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  if (req.method === 'POST' && url.endsWith('/chat/completions')) {
    const parts = [];
    req.on('data', (c) => parts.push(c));
    req.on('end', () => {
      const raw = parts.length === 1 ? parts[0].toString() : Buffer.concat(parts).toString();
      const mode = modeOf(url);
      if (mode.lat > 0) setTimeout(() => answer(req, res, raw), mode.lat);
      else answer(req, res, raw);
    });
    return;
  }
  if (req.method === 'GET' && url.endsWith('/models')) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"object":"list","data":[{"id":"bench-model","object":"model","owned_by":"bench"}]}');
    return;
  }
  if (url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
    return;
  }
  if (url === '/__stats') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(stats));
    return;
  }
  if (url === '/__stats/reset') {
    stats.requests = 0;
    stats.byStatus = {};
    res.writeHead(204);
    res.end();
    return;
  }
  req.resume();
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end('{"error":{"message":"not found","type":"invalid_request_error"}}');
});
server.keepAliveTimeout = 120_000;
server.headersTimeout = 125_000;
server.requestTimeout = 0;
server.maxRequestsPerSocket = 0;

server.listen(Number(arg('port', '0')), arg('host', '127.0.0.1'), () => {
  const { port } = server.address();
  process.stdout.write(`FAST_UPSTREAM_URL=http://127.0.0.1:${port}\n`);
});
const stop = () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// Never outlive the harness that started us.
if (process.send) process.on('disconnect', stop);

#!/usr/bin/env node
/**
 * The reference "bare" proxy: node:http in, undici.request out, no features. It is the practical
 * limit for a Node proxy, and the yardstick for GUIDE §6 (gateway throughput ≥ 85 % of this).
 *
 *   node bench/bare-proxy.js --upstream http://127.0.0.1:PORT [--port 0]  → prints BARE_PROXY_URL=http://…
 */
import { createServer } from 'node:http';
import { Agent, request } from 'undici';

const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const upstream = arg('upstream', process.env.UPSTREAM_URL);
if (!upstream) throw new Error('--upstream URL is required');
const dispatcher = new Agent({ keepAliveTimeout: 60_000, headersTimeout: 0, bodyTimeout: 0 });
const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'host']);

const server = createServer((req, res) => {
  const headers = {};
  for (const [k, v] of Object.entries(req.headers)) if (!HOP.has(k)) headers[k] = v;
  request(upstream + req.url, { method: req.method, headers, body: req.method === 'GET' ? undefined : req, dispatcher }).then(
    (up) => {
      const out = {};
      for (const [k, v] of Object.entries(up.headers)) if (!HOP.has(k)) out[k] = v;
      res.writeHead(up.statusCode, out);
      // pipe, not stream.pipeline: pipeline aborts an internal AbortController (a DOMException
      // with a stack) on every finish, ~7 % of this proxy's CPU.
      up.body.on('error', () => res.destroy());
      res.on('close', () => up.body.readableEnded || up.body.destroy());
      up.body.pipe(res);
    },
    (err) => {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: String(err.message), type: 'bad_gateway' } }));
    },
  );
});
server.keepAliveTimeout = 120_000;
server.listen(Number(arg('port', '0')), '127.0.0.1', () => {
  process.stdout.write(`BARE_PROXY_URL=http://127.0.0.1:${server.address().port}\n`);
});
const stop = () => process.exit(0);
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

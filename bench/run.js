#!/usr/bin/env node
/**
 * `npm run bench`: stable-llm against a bare Node proxy and the Portkey gateway, side by side, in
 * one run, on this machine. Every server runs in its own process; the load generator in another.
 *
 *   node bench/run.js                 full run (~5 min on 2 cores), writes bench/results/latest.*
 *   node bench/run.js --quick         short durations (a smoke run; numbers are rough)
 *   node bench/run.js --only nonstream,stream,failover,hold,cold,micro,tokens
 *   node bench/run.js --no-readme     do not touch README.md
 *   node bench/run.js --profile       always CPU-profile the gateway (default: only when a target is missed)
 *
 * Method and how to read the numbers: docs/benchmarks.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSvg } from './lib/chart.js';
import { MASTER_KEY, MODELS, portkeyConfigHeader, stableLlmConfig, upstreamPaths } from './lib/configs.js';
import { freePort, installCleanup, rssOf, sampleRss, startLoadWorker, startServer, stopAll, stopChild } from './lib/processes.js';
import { renderMarkdown, renderReadmeSection, updateReadme } from './lib/report.js';
import { median } from './lib/stats.js';
import { summarizeCpuProfile } from './lib/summarize-cpuprofile.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const ONLY = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : undefined;
const wants = (s) => !ONLY || ONLY.has(s);

const PLAN = QUICK
  ? { reps: 1, warmupS: 0.5, durationS: 1, streamCount: 30, streamWarmup: 5, failoverS: 1, holdStreams: 200, coldRuns: 2 }
  : { reps: 3, warmupS: 1, durationS: 4, streamCount: 150, streamWarmup: 15, failoverS: 3, holdStreams: 1000, coldRuns: 5 };
const CONNECTIONS = [1, 50];
const PATHS = upstreamPaths({ streamChunks: 10, streamEveryMs: 2, holdChunks: QUICK ? 10 : 25, holdEveryMs: 200 });
const BODY = {
  model: MODELS.fast,
  messages: [
    { role: 'system', content: 'You are a helpful assistant.' },
    { role: 'user', content: 'Say hello in five words.' },
  ],
  max_tokens: 64,
  temperature: 0.2,
};

const t0 = performance.now();
const log = (msg) => process.stdout.write(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(3)}s] ${msg}\n`);

installCleanup();
const tmp = mkdtempSync(join(tmpdir(), 'stable-llm-bench-'));
process.once('exit', () => rmSync(tmp, { recursive: true, force: true }));

try {
  await main();
} catch (err) {
  process.stderr.write(`\nbench failed: ${err.stack ?? err}\n`);
  process.exitCode = 1;
} finally {
  await stopAll();
}

// ------------------------------------------------------------------------------------------------

async function main() {
  ensureBuilt();
  const machine = machineFacts();
  log(`machine: ${machine.cpu} × ${machine.cores}, ${machine.memGb} GB, Node ${machine.node}, load ${machine.loadavg.join(' ')}`);
  const portkey = portkeyInfo();
  if (!portkey.installed) log('Portkey gateway not installed (npm install): skipping it');
  else if (!portkey.pinnedOk)
    log(
      `WARNING: Portkey resolves @hono/node-server ${portkey.honoNodeServer}, not ${portkey.honoNodeServerPinned}: its streaming will fail (see docs/benchmarks.md)`,
    );

  const env = cleanEnv();
  const probes = join(tmp, 'probes');
  mkdirSync(probes);
  const probeArgs = ['--import', join(here, 'lib', 'probe.js')];

  // --- processes ---------------------------------------------------------------------------------
  const upPort = await freePort();
  const upstream = await startServer({
    name: 'fast upstream',
    args: [join(here, 'fast-upstream.js'), '--port', String(upPort)],
    env,
    port: upPort,
  });
  log(`fast upstream on ${upstream.url} (pid ${upstream.pid})`);
  const U = upstream.url;

  const servers = { direct: { name: 'direct', url: U, pid: upstream.pid } };
  const stableConfigPath = join(tmp, 'stable-llm.json');
  writeFileSync(stableConfigPath, JSON.stringify(stableLlmConfig(U, PATHS, { sqlitePath: join(tmp, 'data', 'stable-llm.db') }), null, 2));
  mkdirSync(join(tmp, 'data'));
  const stableArgs = (port) => [
    join(root, 'bin', 'stable-llm.js'),
    'serve',
    '--config',
    stableConfigPath,
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
  ];
  /** Starts (or restarts) one contender's server process on a fresh port. */
  const launch = async (c) => {
    const port = await freePort();
    if (c === 'bare') {
      return startServer({
        name: 'bare proxy',
        args: [...probeArgs, join(here, 'bare-proxy.js'), '--upstream', U, '--port', String(port)],
        env: { ...env, BENCH_PROBE_FILE: join(probes, 'bare.jsonl') },
        port,
        readyPath: '/health',
      });
    }
    if (c === 'stable') {
      return startServer({
        name: 'stable-llm gateway',
        args: [...probeArgs, ...stableArgs(port)],
        env: { ...env, BENCH_PROBE_FILE: join(probes, 'stable.jsonl'), STABLE_LLM_DATA_DIR: join(tmp, 'data') },
        port,
        cwd: tmp,
      });
    }
    return startServer({
      name: 'Portkey gateway',
      args: [...probeArgs, portkey.bin, `--port=${port}`, '--headless'],
      env: { ...env, BENCH_PROBE_FILE: join(probes, 'portkey.jsonl'), BENCH_FORCE_LOCALHOST: '1' },
      port,
      readyPath: '/',
      cwd: tmp,
    });
  };
  const restart = async (c) => {
    await stopChild(servers[c].child, 10_000);
    servers[c] = await launch(c);
  };
  servers.bare = await launch('bare');
  servers.stable = await launch('stable');
  let portkeySkipped;
  if (portkey.installed) {
    try {
      servers.portkey = await launch('portkey');
    } catch (err) {
      portkeySkipped = `did not start: ${err.message.split('\n')[0]}`;
      log(`WARNING: Portkey ${portkeySkipped}; continuing without it`);
    }
  } else portkeySkipped = 'not installed';
  for (const s of Object.values(servers)) if (s.child) log(`${s.name} on ${s.url} (pid ${s.pid})`);
  const load = await startLoadWorker(join(here, 'lib', 'load-worker.js'));
  let contenders = Object.keys(servers);

  /** URL + headers + body for a contender and an upstream mode (fast | failover | stream | hold). */
  const requestFor = (who, mode, extra = {}) => {
    const body = JSON.stringify({ ...BODY, ...extra, model: MODELS[mode] });
    const headers = { 'content-type': 'application/json' };
    const upstreamPath = { fast: PATHS.fast, failover: PATHS.limited, stream: PATHS.stream, hold: PATHS.hold }[mode];
    if (who === 'direct' || who === 'bare') {
      headers.authorization = 'Bearer sk-bench-upstream-key-a-000000000001';
      return { url: `${servers[who].url}${upstreamPath}/chat/completions`, headers, body };
    }
    if (who === 'stable') {
      headers.authorization = `Bearer ${MASTER_KEY}`;
      return { url: `${servers.stable.url}/v1/chat/completions`, headers, body };
    }
    // Portkey: a two-target fallback config; the primary is the mode's path, the fallback the fast path.
    headers['x-portkey-config'] = portkeyConfigHeader(U, upstreamPath, PATHS.fast);
    return { url: `${servers.portkey.url}/v1/chat/completions`, headers, body };
  };
  const streamExtra = { stream: true, stream_options: { include_usage: true } };
  /** A few streams through a fresh server so lazy imports and JIT are not counted as holding cost. */
  const warmStreams = async (c) => {
    await load.run({ kind: 'stream', ...requestFor(c, 'stream', streamExtra), count: 20, warmup: 0 });
  };

  for (const c of contenders) {
    try {
      await sanityCheck(c, requestFor, streamExtra);
    } catch (err) {
      if (c !== 'portkey') throw err;
      // A broken competitor must not stop our own benchmark; the report says why it is missing.
      portkeySkipped = `failed the sanity check: ${err.message}`;
      log(`WARNING: Portkey ${portkeySkipped}; continuing without it`);
      await stopChild(servers.portkey.child);
      delete servers.portkey;
      contenders = Object.keys(servers);
    }
  }
  log('sanity check passed: every contender answers, streams, and (gateways) fails over');

  const results = {
    schema: 1,
    date: new Date().toISOString(),
    quick: QUICK,
    machine,
    versions: versions(portkey),
    plan: { ...PLAN, connections: CONNECTIONS, paths: PATHS },
    contenders: describeContenders(servers),
    portkeySkipped,
    scenarios: {},
  };
  const rss = Object.fromEntries(contenders.filter((c) => c !== 'direct').map((c) => [c, { idleMb: mb(rssOf(servers[c].pid)) }]));

  // --- non-streaming -----------------------------------------------------------------------------
  if (wants('nonstream')) {
    const ns = {};
    for (const connections of CONNECTIONS) {
      const key = `c${connections}`;
      ns[key] = Object.fromEntries(contenders.map((c) => [c, { runs: [] }]));
      for (let rep = 0; rep < PLAN.reps; rep++) {
        // Interleave contenders inside each repetition so slow drift on a shared box hits all alike.
        for (const c of contenders) {
          const sampler = servers[c].child ? sampleRss(servers[c].pid) : undefined;
          const r = await load.run({
            kind: 'http',
            ...requestFor(c, 'fast'),
            connections,
            durationS: PLAN.durationS,
            warmupS: PLAN.warmupS,
          });
          const s = sampler?.stop();
          if (s && rss[c]) rss[c][`peakC${connections}Mb`] = Math.max(rss[c][`peakC${connections}Mb`] ?? 0, mb(s.peak));
          ns[key][c].runs.push(r);
          log(
            `non-streaming ${connections} conn, rep ${rep + 1}/${PLAN.reps}: ${c.padEnd(7)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${fmt(r.latencyMs.p50)} ms  p99 ${fmt(r.latencyMs.p99)} ms${r.non2xx || r.errors ? `  (${r.non2xx} non-2xx, ${r.errors} errors)` : ''}`,
          );
        }
      }
      for (const c of contenders) {
        const runs = ns[key][c].runs;
        ns[key][c].median = {
          rps: median(runs.map((r) => r.rps)),
          p50: median(runs.map((r) => r.latencyMs.p50)),
          p99: median(runs.map((r) => r.latencyMs.p99)),
          mean: median(runs.map((r) => r.latencyMs.mean)),
          failures: runs.reduce((n, r) => n + r.non2xx + r.errors, 0),
        };
      }
    }
    results.scenarios.nonStreaming = ns;
  }

  // --- streaming ---------------------------------------------------------------------------------
  if (wants('stream')) {
    const st = {};
    for (const c of contenders) {
      const r = await load.run({
        kind: 'stream',
        ...requestFor(c, 'stream', streamExtra),
        count: PLAN.streamCount,
        warmup: PLAN.streamWarmup,
      });
      st[c] = r;
      log(
        `streaming (${r.count} × 10 chunks, 2 ms apart): ${c.padEnd(7)} TTFT p50 ${fmt(r.ttftMs.p50)} ms  p99 ${fmt(r.ttftMs.p99)} ms  total p50 ${fmt(r.totalMs.p50)} ms${r.errors ? `  (${r.errors} errors: ${r.firstError})` : ''}`,
      );
    }
    results.scenarios.streaming = st;
  }

  // --- failover ----------------------------------------------------------------------------------
  const gateways = contenders.filter((c) => c === 'stable' || c === 'portkey');
  if (wants('failover')) {
    const fo = Object.fromEntries(gateways.map((c) => [c, { normal: [], failover: [], upstream429: 0, requests: 0 }]));
    for (let rep = 0; rep < PLAN.reps; rep++) {
      for (const c of gateways) {
        const normal = await load.run({
          kind: 'http',
          ...requestFor(c, 'fast'),
          connections: 1,
          durationS: PLAN.failoverS,
          warmupS: PLAN.warmupS / 2,
        });
        const before = await upstreamStats(U);
        const failover = await load.run({
          kind: 'http',
          ...requestFor(c, 'failover'),
          connections: 1,
          durationS: PLAN.failoverS,
          warmupS: PLAN.warmupS / 2,
        });
        const after = await upstreamStats(U);
        fo[c].normal.push(normal);
        fo[c].failover.push(failover);
        fo[c].upstream429 += (after.byStatus['429'] ?? 0) - (before.byStatus['429'] ?? 0);
        fo[c].requests += failover.requests + failover.warmupRequests;
        log(
          `failover 1 conn, rep ${rep + 1}/${PLAN.reps}: ${c.padEnd(7)} normal p50 ${fmt(normal.latencyMs.p50)} ms, with a 429 first p50 ${fmt(failover.latencyMs.p50)} ms (${failover.non2xx + failover.errors} failed)`,
        );
      }
    }
    for (const c of gateways) {
      const f = fo[c];
      f.normalP50 = median(f.normal.map((r) => r.latencyMs.p50));
      f.failoverP50 = median(f.failover.map((r) => r.latencyMs.p50));
      f.failoverP99 = median(f.failover.map((r) => r.latencyMs.p99));
      f.costMs = f.failoverP50 - f.normalP50;
      f.failures = f.failover.reduce((n, r) => n + r.non2xx + r.errors, 0);
      f.every429FailedOver = f.upstream429 >= f.requests * 0.99;
      f.normal = f.normal.map(brief);
      f.failover = f.failover.map(brief);
    }
    results.scenarios.failover = fo;
  }

  // --- 1,000 concurrent streams ------------------------------------------------------------------
  if (wants('hold')) {
    const hold = {};
    for (const c of contenders.filter((x) => x !== 'direct')) {
      // A fresh process, so the number is about holding the streams, not about earlier load.
      await restart(c);
      await warmStreams(c);
      const probeFile = join(probes, `${c}.jsonl`);
      await fetch(`${U}/__stats/reset`, { method: 'POST' });
      const idle = rssOf(servers[c].pid);
      const sampler = sampleRss(servers[c].pid, 100);
      const from = Date.now();
      const peakStreams = watchUpstreamStreams(U);
      const r = await load.run({ kind: 'hold', ...requestFor(c, 'hold', streamExtra), streams: PLAN.holdStreams });
      const to = Date.now();
      const s = sampler.stop();
      const upstreamPeak = await peakStreams.stop();
      const lag = probeWindow(probeFile, from, to);
      hold[c] = {
        ...r,
        rssIdleMb: mb(idle),
        rssPeakMb: mb(s.peak),
        rssAfterMb: mb(s.last),
        lagMs: lag,
        upstreamPeakConcurrent: upstreamPeak,
      };
      log(
        `${r.streams} concurrent streams: ${c.padEnd(7)} RSS peak ${mb(s.peak).toFixed(0)} MB (idle ${mb(idle).toFixed(0)}), lag p99 ${fmt(lag.p99)} ms max ${fmt(lag.max)} ms, ${r.ok} ok / ${r.failed} failed, at most ${upstreamPeak} open upstream at once, wall ${(r.wallMs / 1000).toFixed(1)} s`,
      );
    }
    results.scenarios.hold = hold;
  }
  for (const c of Object.keys(rss)) rss[c].afterMb = mb(rssOf(servers[c].pid));
  results.scenarios.rss = rss;

  // --- cold start --------------------------------------------------------------------------------
  if (wants('cold')) {
    const cold = { stable: [], portkey: [] };
    for (let i = 0; i < PLAN.coldRuns; i++) {
      const port = await freePort();
      const started = performance.now();
      const s = await startServer({
        name: 'stable-llm serve (cold start)',
        args: [join(root, 'bin', 'stable-llm.js'), 'serve', '--config', stableConfigPath, '--port', String(port), '--host', '127.0.0.1'],
        env: { ...env, STABLE_LLM_DATA_DIR: join(tmp, 'data') },
        port,
        cwd: tmp,
      });
      cold.stable.push(performance.now() - started);
      await stopChild(s.child);
    }
    if (portkey.installed) {
      for (let i = 0; i < Math.min(3, PLAN.coldRuns); i++) {
        const port = await freePort();
        const started = performance.now();
        const s = await startServer({
          name: 'Portkey (cold start)',
          args: [portkey.bin, `--port=${port}`, '--headless'],
          env,
          port,
          readyPath: '/',
          cwd: tmp,
        });
        cold.portkey.push(performance.now() - started);
        await stopChild(s.child);
      }
    }
    results.scenarios.coldStart = {
      stable: { runsMs: cold.stable, medianMs: median(cold.stable) },
      portkey: cold.portkey.length ? { runsMs: cold.portkey, medianMs: median(cold.portkey) } : undefined,
    };
    log(
      `cold start (spawn → first 200 on /health): stable-llm median ${fmt(median(cold.stable))} ms${cold.portkey.length ? `, Portkey ${fmt(median(cold.portkey))} ms` : ''}`,
    );
  }

  await load.stop();

  // --- micro-benchmarks (own processes) ----------------------------------------------------------
  if (wants('micro')) {
    log('resilience bookkeeping micro-benchmark…');
    results.scenarios.resilience = JSON.parse(
      execFileSync(process.execPath, [join(here, 'resilience-bench.js'), '--json', '--iterations', QUICK ? '20000' : '100000'], {
        encoding: 'utf8',
        env,
      }),
    );
    for (const x of results.scenarios.resilience.results) log(`  ${x.label.trim()}: ${x.us.toFixed(2)} µs`);
  }
  if (wants('tokens')) {
    log('token counting benchmark (bench/tokens-bench.js)…');
    try {
      results.scenarios.tokens = JSON.parse(
        execFileSync(process.execPath, [join(here, 'tokens-bench.js'), '--json'], { encoding: 'utf8', env, timeout: 120_000 }),
      );
    } catch (err) {
      results.scenarios.tokens = { error: String(err.message).slice(0, 500) };
      log(`  tokens bench failed: ${err.message.split('\n')[0]}`);
    }
  }

  results.targets = evaluateTargets(results);
  const missed = results.targets.filter((t) => t.met === false);

  // --- profile where we miss ---------------------------------------------------------------------
  if ((missed.length > 0 || args.includes('--profile')) && wants('profile')) {
    log(`profiling the gateway under load (${missed.length} target(s) missed)…`);
    results.profile = await profileGateway({ env, stableConfigPath, requestFor, tmp, upstreamUrl: upstream.url });
    for (const f of results.profile.top.slice(0, 8)) log(`  ${f.selfPct.toFixed(1).padStart(5)}%  ${f.name}  ${f.location}`);
  }

  await stopAll();
  results.totalS = (performance.now() - t0) / 1000;

  // --- write -------------------------------------------------------------------------------------
  // Only a full run replaces the published results; quick and partial runs go to the temp dir.
  const full = !QUICK && !ONLY;
  const outDir = full ? join(here, 'results') : tmpdir();
  const base = full ? 'latest' : 'stable-llm-bench-partial';
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${base}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, `${base}.md`), renderMarkdown(results));
  writeFileSync(join(outDir, `${base}.svg`), renderSvg(results));
  if (full && !args.includes('--no-readme')) {
    updateReadme(join(root, 'README.md'), renderReadmeSection(results));
    log('README.md benchmark section updated');
  }
  log(`wrote ${join(outDir, base)}.{json,md,svg} in ${results.totalS.toFixed(0)} s`);
  process.stdout.write(`\n${renderMarkdown(results)}\n`);
}

// ------------------------------------------------------------------------------------------------

/**
 * Builds what `stable-llm serve` runs when it is missing or older than src/: tsc into dist/, then
 * the bundled CLI (dist/bundle, what bin/stable-llm.js loads first) when the project bundles it.
 */
function ensureBuilt() {
  const marker = join(root, 'dist', 'gateway', 'start-gateway.js');
  const bundleScript = join(root, 'scripts', 'bundle-cli.js');
  const bundle = join(root, 'dist', 'bundle', 'main.js');
  const outputs = [marker, join(root, 'dist', 'index.js'), ...(existsSync(bundleScript) && existsSync(bundle) ? [bundle] : [])];
  const newestSrc = newestMtime(join(root, 'src'), (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const built = outputs.every((f) => existsSync(f)) ? Math.min(...outputs.map((f) => statSync(f).mtimeMs)) : 0;
  if (built >= newestSrc) return;
  log(
    existsSync(marker)
      ? 'dist/ is older than src/: building (tsc, then the CLI bundle)…'
      : 'dist/ missing: building (tsc, then the CLI bundle)…',
  );
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) {
    // tsc still emits on type errors; a half-finished file elsewhere must not stop the bench.
    if (!existsSync(marker)) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
    log(`build reported type errors (emitted anyway):\n${(r.stdout + r.stderr).split('\n').slice(0, 5).join('\n')}`);
  }
  if (existsSync(bundleScript)) {
    const b = spawnSync(process.execPath, [bundleScript], { cwd: root, encoding: 'utf8' });
    if (b.status !== 0) log(`CLI bundle failed (bin/stable-llm.js falls back to dist/cli):\n${(b.stdout + b.stderr).slice(0, 500)}`);
  }
}

function newestMtime(dir, accept) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p, accept));
    else if (accept(p)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function machineFacts() {
  const c = cpus();
  return {
    cpu: c[0]?.model?.trim() ?? 'unknown',
    cores: c.length,
    memGb: Math.round(totalmem() / 1e9),
    node: process.version,
    os: `${platform()} ${release()}`,
    loadavg: loadavg().map((x) => Number(x.toFixed(2))),
    date: new Date().toISOString(),
  };
}

/** Portkey install facts; the @hono/node-server pin matters (see docs/benchmarks.md). */
function portkeyInfo() {
  const require = createRequire(join(root, 'package.json'));
  const pinned = '1.13.5';
  try {
    const pkgPath = require.resolve('@portkey-ai/gateway/package.json');
    const dir = dirname(pkgPath);
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
    const fromPortkey = createRequire(pkgPath);
    let honoNodeServer = 'missing';
    try {
      // The package has no "exports" entry for package.json: find its directory from the main file.
      const main = fromPortkey.resolve('@hono/node-server');
      let d = dirname(main);
      while (!existsSync(join(d, 'package.json')) || JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')).name !== '@hono/node-server')
        d = dirname(d);
      honoNodeServer = JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')).version;
    } catch {
      // leave 'missing'
    }
    return {
      installed: true,
      version: pkg.version,
      bin: join(dir, 'build', 'start-server.js'),
      honoNodeServer,
      honoNodeServerPinned: pinned,
      pinnedOk: honoNodeServer === pinned,
    };
  } catch {
    return { installed: false, honoNodeServerPinned: pinned };
  }
}

function versions(portkey) {
  const require = createRequire(join(root, 'package.json'));
  const v = (name) => {
    try {
      return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
    } catch {
      return undefined;
    }
  };
  return {
    stableLlm: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
    portkey: portkey.version,
    honoNodeServerForPortkey: portkey.honoNodeServer,
    undici: v('undici'),
    autocannon: v('autocannon'),
  };
}

/** No proxies, no provider keys from the developer's shell: everything stays on 127.0.0.1. */
function cleanEnv() {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (/^(https?|all|no)_proxy$/i.test(k) || /_API_KEY$|_API_KEYS$/.test(k)) delete env[k];
  }
  env.NO_PROXY = '127.0.0.1,localhost';
  env.NODE_ENV = 'production';
  return env;
}

function describeContenders(servers) {
  const d = {
    direct: 'Straight to the fast upstream (the floor).',
    bare: 'bench/bare-proxy.js: node:http + undici.request, no features (the limit for a Node proxy).',
    stable:
      'stable-llm serve: master-key auth, routes with two targets, breakers, key pools, RPM/TPM limits, Prometheus metrics, usage log to SQLite.',
    portkey: 'Portkey gateway (npm @portkey-ai/gateway, start-server.js --headless) with a two-target fallback config (x-portkey-config).',
  };
  return Object.fromEntries(Object.keys(servers).map((k) => [k, d[k]]));
}

/** One request per contender and mode, checked by content, before any load. */
async function sanityCheck(c, requestFor, streamExtra) {
  const r = requestFor(c, 'fast');
  const res = await fetch(r.url, { method: 'POST', headers: r.headers, body: r.body });
  const text = await res.text();
  if (res.status !== 200 || !text.includes('Hello from the fast upstream.'))
    throw new Error(`${c}: non-streaming answer is wrong (HTTP ${res.status}): ${text.slice(0, 300)}`);
  const s = requestFor(c, 'stream', streamExtra);
  const sres = await fetch(s.url, { method: 'POST', headers: s.headers, body: s.body });
  const stext = await sres.text();
  if (sres.status !== 200 || !stext.includes('upstream') || !stext.includes('[DONE]')) {
    throw new Error(
      `${c}: streaming answer is wrong (HTTP ${sres.status}): ${stext.slice(0, 300)}${c === 'portkey' ? '\n(is @hono/node-server pinned? see docs/benchmarks.md)' : ''}`,
    );
  }
  if (c === 'stable' || c === 'portkey') {
    const f = requestFor(c, 'failover');
    const fres = await fetch(f.url, { method: 'POST', headers: f.headers, body: f.body });
    const ftext = await fres.text();
    const usedSecond =
      c === 'stable'
        ? fres.headers.get('x-stable-llm-attempts') === '2'
        : fres.headers.get('x-portkey-last-used-option-index') === 'config.targets[1]';
    if (fres.status !== 200 || !usedSecond)
      throw new Error(`${c}: failover did not happen as configured (HTTP ${fres.status}): ${ftext.slice(0, 300)}`);
  }
}

async function upstreamStats(U) {
  const res = await fetch(`${U}/__stats`);
  return res.json();
}

/** Polls the upstream's open-stream count (cheap GET, 10×/s) and keeps the maximum. */
function watchUpstreamStreams(U) {
  let peak = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      try {
        peak = Math.max(peak, (await upstreamStats(U)).streamsOpen);
      } catch {
        // ignore
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return peak;
    },
  };
}

/** Event-loop lag inside a server during [from, to] from its probe file (see lib/probe.js). */
function probeWindow(file, from, to) {
  if (!existsSync(file)) return { p99: Number.NaN, max: Number.NaN, windows: 0 };
  const rows = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .filter((r) => r.t >= from && r.t <= to + 300);
  return {
    windows: rows.length,
    p50: median(rows.map((r) => r.lagP50)),
    p99: median(rows.map((r) => r.lagP99)),
    worstP99: Math.max(...rows.map((r) => r.lagP99)),
    max: Math.max(...rows.map((r) => r.lagMax)),
  };
}

function brief(r) {
  return { rps: r.rps, p50: r.latencyMs.p50, p99: r.latencyMs.p99, requests: r.requests, non2xx: r.non2xx, errors: r.errors };
}

/** GUIDE §6 targets, each as measured in this run. */
function evaluateTargets(res) {
  const s = res.scenarios;
  const t = [];
  const ns = s.nonStreaming;
  if (ns?.c50?.stable && ns?.c50?.bare) {
    const ratio = ns.c50.stable.median.rps / ns.c50.bare.median.rps;
    t.push({
      id: 'throughput',
      target: 'throughput ≥ 85 % of the bare proxy (50 connections)',
      measured: `${pct(ratio)} of bare (${ns.c50.stable.median.rps.toFixed(0)} vs ${ns.c50.bare.median.rps.toFixed(0)} req/s)`,
      value: ratio,
      met: ratio >= 0.85,
    });
  }
  if (ns?.c1?.stable && ns?.c1?.direct) {
    const added = ns.c1.stable.median.p50 - ns.c1.direct.median.p50;
    t.push({
      id: 'latency',
      target: 'added latency at 1 connection ≤ 0.3 ms over direct (p50)',
      measured: `+${fmt(added)} ms (bare proxy +${fmt(ns.c1.bare.median.p50 - ns.c1.direct.median.p50)} ms${ns.c1.portkey ? `, Portkey +${fmt(ns.c1.portkey.median.p50 - ns.c1.direct.median.p50)} ms` : ''})`,
      value: added,
      met: added <= 0.3,
    });
  }
  if (s.streaming?.stable && s.streaming?.direct) {
    const added = s.streaming.stable.ttftMs.p50 - s.streaming.direct.ttftMs.p50;
    t.push({
      id: 'ttft',
      target: 'streaming first-token overhead ≤ 1 ms (p50 over direct)',
      measured: `+${fmt(added)} ms`,
      value: added,
      met: added <= 1 && s.streaming.stable.errors === 0,
    });
  }
  if (s.hold?.stable) {
    const h = s.hold.stable;
    const full = h.upstreamPeakConcurrent >= h.streams * 0.95;
    t.push({
      id: 'rss',
      target: `RSS ≤ 150 MB holding ${h.streams} concurrent streams`,
      measured: `${h.rssPeakMb.toFixed(0)} MB peak; ${h.ok}/${h.streams} streams ok; at most ${h.upstreamPeakConcurrent} open upstream at once`,
      value: h.rssPeakMb,
      met: h.rssPeakMb <= 150 && h.failed === 0 && full,
      note: full ? undefined : `only ${h.upstreamPeakConcurrent} streams were open upstream at once: the rest queued (see notes)`,
    });
  }
  if (s.failover?.stable) {
    const f = s.failover.stable;
    t.push({
      id: 'failover',
      target: 'failover after a 429 costs ≤ 1 ms beyond the second call',
      measured: `+${fmt(f.costMs)} ms (p50 with a 429 first ${fmt(f.failoverP50)} ms vs ${fmt(f.normalP50)} ms without)${s.failover.portkey ? `; Portkey +${fmt(s.failover.portkey.costMs)} ms` : ''}`,
      value: f.costMs,
      met: f.costMs <= 1 && f.failures === 0 && f.every429FailedOver,
    });
  }
  if (s.coldStart?.stable) {
    const v = s.coldStart.stable.medianMs;
    t.push({
      id: 'cold',
      target: 'cold start of `stable-llm serve` ≤ 500 ms (spawn → first /health)',
      measured: `${fmt(v, 0)} ms median of ${s.coldStart.stable.runsMs.length}`,
      value: v,
      met: v <= 500,
    });
  }
  if (s.resilience) {
    const v = s.resilience.results[0].us;
    t.push({
      id: 'bookkeeping',
      target: 'resilience bookkeeping per request well under 20 µs',
      measured: `${v.toFixed(1)} µs (breaker + key pool + limiter)`,
      value: v,
      met: v < 20,
    });
  }
  return t;
}

/**
 * Runs a fresh stable-llm gateway and a fresh bare proxy under --cpu-prof, each loaded with 50
 * connections, and summarises both profiles (the bare proxy is the yardstick: CPU per request).
 */
async function profileGateway({ env, stableConfigPath, requestFor, tmp, upstreamUrl }) {
  const worker = await startLoadWorker(join(here, 'lib', 'load-worker.js'));
  try {
    const stable = await profileOne({
      name: 'stable',
      // dist/cli, not the bundle bin/stable-llm.js prefers: the same code, but with source maps,
      // so the profile names src/ files.
      args: (port) => [
        join(here, 'lib', 'serve-unbundled.js'),
        'serve',
        '--config',
        stableConfigPath,
        '--port',
        String(port),
        '--host',
        '127.0.0.1',
      ],
      env: { ...env, STABLE_LLM_DATA_DIR: join(tmp, 'data') },
      request: requestFor('stable', 'fast'),
      worker,
      tmp,
    });
    const bare = await profileOne({
      name: 'bare',
      args: (port) => [join(here, 'bare-proxy.js'), '--upstream', upstreamUrl, '--port', String(port)],
      env,
      request: requestFor('bare', 'fast'),
      worker,
      tmp,
    });
    return {
      ...stable,
      bare: bare.error
        ? bare
        : { rpsWhileProfiling: bare.rpsWhileProfiling, requests: bare.requests, busyMs: bare.busyMs, top: bare.top.slice(0, 10) },
    };
  } finally {
    await worker.stop();
  }
}

async function profileOne({ name, args, env, request, worker, tmp }) {
  const dir = join(tmp, `cpuprofile-${name}`);
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const s = await startServer({
    name: `${name} (profiling)`,
    args: ['--cpu-prof', '--cpu-prof-dir', dir, ...args(port)],
    env,
    port,
    cwd: tmp,
  });
  const path = new URL(request.url).pathname;
  const run = await worker.run({ kind: 'http', ...request, url: `${s.url}${path}`, connections: 50, durationS: QUICK ? 2 : 6, warmupS: 1 });
  await stopChild(s.child, 10_000);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return { error: 'no .cpuprofile written', top: [], byArea: [] };
  // Kept outside the repo (several MB): open it in Chrome DevTools → Performance, or speedscope.
  const keep = join(tmpdir(), `stable-llm-bench-latest-${name}.cpuprofile`);
  writeFileSync(keep, readFileSync(join(dir, file)));
  const summary = summarizeCpuProfile(join(dir, file), { root });
  return { rpsWhileProfiling: run.rps, requests: run.requests + run.warmupRequests, file: keep, ...summary };
}

function mb(bytes) {
  return bytes / (1024 * 1024);
}
function pct(x) {
  return `${(x * 100).toFixed(0)} %`;
}
function fmt(x, digits = 2) {
  return Number.isFinite(x) ? x.toFixed(digits) : 'n/a';
}

/**
 * Child-process bookkeeping for the harness: every server and the load generator run in their own
 * process; all of them are stopped when the harness exits, fails, or gets Ctrl+C.
 */
import { fork, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const children = new Set();

export function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Stops every child we started (SIGTERM, then SIGKILL after a grace period). */
export async function stopAll(graceMs = 2000) {
  const list = [...children];
  await Promise.all(list.map((c) => stopChild(c, graceMs)));
}

export function stopChild(child, graceMs = 2000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }, graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      child.kill('SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

let hooked = false;
/** Kill children on Ctrl+C / SIGTERM / uncaught errors / normal exit. */
export function installCleanup() {
  if (hooked) return;
  hooked = true;
  const onSignal = (signal) => {
    process.stderr.write(`\nbench: ${signal}, stopping child processes…\n`);
    stopAll(1000).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', () => {
    for (const c of children) {
      try {
        c.kill('SIGKILL');
      } catch {
        // ignore
      }
    }
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server process and resolves once `readyPath` answers 2xx on 127.0.0.1:port.
 * stdout/stderr are kept (last 64 KB) for error messages and otherwise discarded.
 */
export async function startServer({ name, command = process.execPath, args, env, port, readyPath = '/health', timeoutMs = 20_000, cwd }) {
  const child = track(spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }));
  let output = '';
  const keep = (b) => {
    output = (output + b.toString()).slice(-65_536);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  try {
    await waitForHttp(`${url}${readyPath}`, timeoutMs, child);
  } catch (err) {
    await stopChild(child);
    throw new Error(`${name} did not start: ${err.message}\n--- output ---\n${output.slice(-4000)}`);
  }
  return { name, child, pid: child.pid, url, port, startMs: performance.now() - started, output: () => output };
}

/** Polls until GET url answers 2xx (every 5 ms; connection refused is instant on loopback). */
export async function waitForHttp(url, timeoutMs, child) {
  const deadline = performance.now() + timeoutMs;
  let last = '';
  while (performance.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) throw new Error(`exited (${child.exitCode ?? child.signalCode})`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = err.cause?.code ?? err.message;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms (${last})`);
}

/** Resident set size of a process in bytes (Linux /proc; `ps` elsewhere). */
export function rssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+) kB/.exec(status);
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux, or the process is gone
  }
  return Number.NaN;
}

/** Samples a process's RSS every `everyMs` until stop() → { peak, last, samples }. */
export function sampleRss(pid, everyMs = 200) {
  let peak = rssOf(pid);
  let last = peak;
  let samples = 1;
  const timer = setInterval(() => {
    const v = rssOf(pid);
    if (Number.isFinite(v)) {
      last = v;
      peak = Number.isFinite(peak) ? Math.max(peak, v) : v;
      samples++;
    }
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const v = rssOf(pid);
      if (Number.isFinite(v)) {
        last = v;
        peak = Math.max(peak, v);
      }
      return { peak, last, samples };
    },
  };
}

/** The load generator process: run(job) → result, one job at a time. */
export async function startLoadWorker(file) {
  const child = track(fork(file, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  await new Promise((resolve, reject) => {
    child.once('message', (m) => (m?.ready ? resolve() : reject(new Error('load worker failed to start'))));
    child.once('exit', (code) => reject(new Error(`load worker exited (${code})`)));
  });
  let seq = 0;
  return {
    child,
    run(job) {
      const id = ++seq;
      return new Promise((resolve, reject) => {
        const onMessage = (m) => {
          if (m?.id !== id) return;
          child.off('message', onMessage);
          child.off('exit', onExit);
          if (m.error) reject(new Error(m.error));
          else resolve(m.result);
        };
        const onExit = (code) => reject(new Error(`load worker exited (${code}) during a job`));
        child.on('message', onMessage);
        child.once('exit', onExit);
        child.send({ ...job, id });
      });
    },
    stop: () => stopChild(child),
  };
}

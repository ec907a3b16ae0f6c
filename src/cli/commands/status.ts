import type { CliContext } from '../cli-context.js';
import { CliError } from '../cli-error.js';
import { createCliLLM } from '../create-cli-llm.js';
import { EXIT } from '../exit-codes.js';
import { loadCliConfig } from '../load-cli-config.js';
import { renderStatusTable, type StatusRow } from '../render-status-table.js';

export interface StatusCommandOptions {
  url?: string;
  key?: string;
  json?: boolean;
  config?: string;
  timeout?: number;
}

/**
 * `stable-llm status`: breakers, failures, cooldowns, latency and keys per target — of a running
 * gateway (`--url`, its `/status`), or of a local engine built from the config (fresh, so mostly
 * useful to see what is configured and which keys are present).
 */
export async function runStatus(ctx: CliContext, opts: StatusCommandOptions): Promise<number> {
  if (opts.url) return remoteStatus(ctx, opts);
  const config = await loadCliConfig({ configFlag: opts.config, cwd: ctx.io.cwd, env: ctx.io.env });
  const llm = await createCliLLM(config, {});
  const status = llm.getServiceStatus();
  if (opts.json) {
    ctx.io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    return EXIT.ok;
  }
  ctx.io.stdout.write(`${renderStatusTable(status as Record<string, StatusRow>, ctx.out)}\n`);
  ctx.io.stderr.write(
    `${ctx.err.dim(`local engine from ${config.configPath ?? 'environment keys'}; a fresh process has no failures yet — use --url http://HOST:PORT to see a running gateway`)}\n`,
  );
  return EXIT.ok;
}

async function remoteStatus(ctx: CliContext, opts: StatusCommandOptions): Promise<number> {
  let base: URL;
  try {
    base = new URL(opts.url as string);
  } catch {
    throw new CliError(`--url: not a URL: ${opts.url}`, { exitCode: EXIT.usage });
  }
  const url = new URL(`${base.pathname.replace(/\/+$/, '')}/status`, base);
  const key = opts.key ?? (ctx.io.env.STABLE_LLM_KEY || ctx.io.env.STABLE_LLM_MASTER_KEY || undefined);
  let res: Response;
  try {
    res = await fetch(url, {
      headers: { accept: 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      signal: AbortSignal.timeout((opts.timeout ?? 10) * 1000),
    });
  } catch (err) {
    // fetch wraps the socket error: its cause says what happened (ECONNREFUSED, bad port, DNS).
    const inner = (err as { cause?: { code?: string; message?: string } }).cause;
    const cause = inner?.code ?? inner?.message ?? (err as Error).message;
    throw new CliError(`cannot reach ${url.origin}: ${cause}`, { hint: 'is the gateway running? start it with: stable-llm serve' });
  }
  const text = await res.text();
  if (res.status === 401 || res.status === 403) {
    throw new CliError(`${url.origin}/status answered ${res.status}: a gateway key is required`, {
      hint: 'pass --key KEY (or set STABLE_LLM_KEY)',
    });
  }
  if (!res.ok) throw new CliError(`${url.origin}/status answered ${res.status}: ${text.slice(0, 200)}`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new CliError(`${url.origin}/status did not return JSON`);
  }
  if (opts.json) {
    ctx.io.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return EXIT.ok;
  }
  const targets = findTargets(body);
  if (!targets) {
    ctx.io.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return EXIT.ok;
  }
  ctx.io.stdout.write(`${renderStatusTable(targets, ctx.out)}\n`);
  const info = body as { version?: string; uptime_s?: number; inflight?: number };
  if (info.version) {
    ctx.io.stderr.write(
      `${ctx.err.dim(`gateway ${url.origin} · version ${info.version}${info.uptime_s !== undefined ? ` · up ${info.uptime_s} s` : ''}${info.inflight !== undefined ? ` · ${info.inflight} in flight` : ''}`)}\n`,
    );
  }
  return EXIT.ok;
}

/**
 * The `backend/model → status` map inside a gateway's /status body. Looked for by shape, not by
 * field name, so the table survives the gateway adding sections around it.
 */
function findTargets(body: unknown): Record<string, StatusRow> | undefined {
  const looksLikeTargets = (v: unknown): v is Record<string, StatusRow> =>
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.keys(v).length > 0 &&
    Object.values(v).every((t) => t !== null && typeof t === 'object' && 'state' in (t as object));
  if (looksLikeTargets(body)) return body;
  if (body && typeof body === 'object') {
    for (const key of ['targets', 'services', 'status', 'engine']) {
      const v = (body as Record<string, unknown>)[key];
      if (looksLikeTargets(v)) return v;
      const nested = v && typeof v === 'object' ? (v as Record<string, unknown>).targets : undefined;
      if (looksLikeTargets(nested)) return nested;
    }
  }
  return undefined;
}

import type { Deployment } from '../../client/deployment.js';
import { ConfigError } from '../../errors/config-error.js';
import { isLLMError } from '../../errors/llm-error.js';
import { maskSecret, maskSecretsInText } from '../../resilience/mask-secret.js';
import type { ApiKeyConfig } from '../../settings/resolved-settings.js';
import type { CliContext } from '../cli-context.js';
import { EXIT } from '../exit-codes.js';
import { formatSeconds } from '../format-reply-meta.js';
import { type CliConfig, findCliConfigFile, hasEnabledModel, loadCliConfig } from '../load-cli-config.js';
import { noProviderError } from '../no-provider-error.js';
import { renderTable } from '../render-table.js';

export interface DoctorCommandOptions {
  config?: string;
  offline?: boolean;
  timeout?: number;
  json?: boolean;
}

interface EndpointCheck {
  backend: string;
  endpoint: string;
  model: string;
  apiBase: string;
  keyId?: string;
  key?: string;
  ok: boolean;
  latencyMs?: number;
  error?: { kind: string; status?: number; message: string };
}

interface DoctorReport {
  ok: boolean;
  node: { version: string; ok: boolean };
  config: { path?: string; source: 'file' | 'env'; valid: boolean; issues: { path: string; message: string }[]; warnings: string[] };
  checks: EndpointCheck[];
}

const MIN_NODE = [20, 18, 1];

/**
 * `stable-llm doctor`: validates the config exactly as `serve` would, then sends one tiny
 * request through every configured endpoint with every key and shows the latency or the
 * classified error. Exit 0 when all is well, 2 when the config is invalid, 1 when a check fails.
 */
export async function runDoctor(ctx: CliContext, opts: DoctorCommandOptions): Promise<number> {
  const { io } = ctx;
  const report: DoctorReport = {
    ok: true,
    node: { version: process.versions.node, ok: nodeVersionOk(process.versions.node) },
    config: { source: 'env', valid: true, issues: [], warnings: [] },
    checks: [],
  };
  let config: CliConfig | undefined;
  try {
    report.config.path = findCliConfigFile(opts.config, io.cwd, io.env);
    report.config.source = report.config.path ? 'file' : 'env';
    config = await loadCliConfig({ configFlag: opts.config, cwd: io.cwd, env: io.env });
    report.config.warnings = config.warnings;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    report.config.valid = false;
    report.config.issues = err.issues;
  }
  if (config && !opts.offline && hasEnabledModel(config.settings)) report.checks = await checkEndpoints(config, opts.timeout ?? 20);
  const noProvider = config !== undefined && !hasEnabledModel(config.settings);
  report.ok = report.node.ok && report.config.valid && !noProvider && report.checks.every((c) => c.ok);

  if (opts.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printReport(ctx, report, opts, noProvider);
  if (!report.config.valid) return EXIT.usage;
  return report.ok ? EXIT.ok : EXIT.failure;
}

function printReport(ctx: CliContext, r: DoctorReport, opts: DoctorCommandOptions, noProvider: boolean): void {
  const s = ctx.out;
  const ok = s.green('✓');
  const bad = s.red('✗');
  const warn = s.yellow('!');
  const lines: string[] = [];
  lines.push(`${r.node.ok ? ok : bad} node ${r.node.version}${r.node.ok ? '' : ` — stable-llm needs ${MIN_NODE.join('.')} or newer`}`);
  const where = r.config.path ?? 'no config file; keys from environment variables';
  if (r.config.valid) lines.push(`${ok} config ${where}`);
  else {
    lines.push(`${bad} config ${where} is invalid:`);
    // Parser messages carry a multi-line code frame; its first line says what and where.
    for (const i of r.config.issues) lines.push(`    ${i.path ? `${s.red(`${i.path}:`)} ` : ''}${i.message.split('\n')[0].trim()}`);
  }
  for (const w of r.config.warnings) lines.push(`${warn} ${w}`);
  if (r.config.valid && !noProvider) {
    if (opts.offline) lines.push(s.dim('  provider checks skipped (--offline)'));
    else {
      lines.push('');
      lines.push(
        renderTable(
          ['', 'BACKEND', 'ENDPOINT', 'KEY', 'MODEL', 'RESULT'],
          r.checks.map((c) => [
            c.ok ? ok : bad,
            c.backend,
            c.endpoint,
            c.key ? `${c.keyId} ${s.dim(c.key)}` : s.dim('(none)'),
            c.model,
            c.ok
              ? formatSeconds(c.latencyMs ?? 0)
              : s.red(`${c.error?.kind}${c.error?.status ? ` ${c.error.status}` : ''}: ${c.error?.message ?? ''}`),
          ]),
          s,
        ),
      );
    }
  }
  if (noProvider) {
    const e = noProviderError(r.config.path);
    lines.push(`${bad} ${e.message}`, e.hint ?? '');
  }
  const failed = r.checks.filter((c) => !c.ok).length;
  lines.push('');
  if (r.ok && opts.offline) lines.push(s.green('the config is valid (provider checks skipped)'));
  else if (r.ok) lines.push(s.green(`all good: ${r.checks.length} endpoint check${r.checks.length === 1 ? '' : 's'} passed`));
  else if (!r.config.valid)
    lines.push(
      s.red(
        `the config has ${r.config.issues.length} problem${r.config.issues.length === 1 ? '' : 's'}; fix ${r.config.path ?? 'it'} and run doctor again`,
      ),
    );
  else if (noProvider) lines.push(s.red('nothing to check until a provider is configured'));
  else if (!r.node.ok) lines.push(s.red('upgrade Node.js'));
  else if (failed > 0) lines.push(s.red(`${failed} of ${r.checks.length} endpoint check${r.checks.length === 1 ? '' : 's'} failed`));
  ctx.io.stdout.write(`${lines.join('\n')}\n`);
}

/** One check per endpoint and key, on the first enabled model routed through that endpoint. */
async function checkEndpoints(config: CliConfig, timeoutS: number): Promise<EndpointCheck[]> {
  const [{ resolveDeployments }, { completeOnce }, { PRESETS }] = await Promise.all([
    import('../../client/resolve-deployments.js'),
    import('../../client/call-upstream.js'),
    import('../../providers/presets.js'),
  ]);
  const seen = new Set<string>();
  const targets: Deployment[] = [];
  for (const [backend, cfg] of Object.entries(config.settings.backends)) {
    for (const model of Object.values(cfg?.models ?? {})) {
      if (!model.enabled) continue;
      let deployments: Deployment[] = [];
      try {
        deployments = resolveDeployments(config.settings, backend as Deployment['backend'], model.name, { allowSynthesized: false });
      } catch {
        continue;
      }
      for (const d of deployments) {
        if (seen.has(d.endpoint.id)) continue;
        seen.add(d.endpoint.id);
        targets.push(d);
      }
    }
  }
  const ms = timeoutS * 1000;
  const checks = targets.flatMap((d) => {
    const keys: (ApiKeyConfig | undefined)[] = d.keys.filter((k) => k.enabled);
    const base = { backend: d.backend, endpoint: d.endpoint.id, model: d.modelName, apiBase: d.apiBase };
    if (keys.length === 0) {
      if (!PRESETS[d.backend].keyOptional) {
        const envVar = PRESETS[d.backend].keyEnv[0];
        return [
          Promise.resolve<EndpointCheck>({
            ...base,
            ok: false,
            error: { kind: 'auth', message: `no API key: set ${envVar} or api_key on endpoint "${d.endpoint.id}"` },
          }),
        ];
      }
      keys.push(undefined);
    }
    return keys.map(async (key): Promise<EndpointCheck> => {
      const row: EndpointCheck = { ...base, ok: false, keyId: key?.id, key: key ? maskSecret(key.key) : undefined };
      const started = performance.now();
      try {
        await completeOnce(
          d,
          { messages: [{ role: 'user', content: 'Reply with the single word OK.' }], max_tokens: 16 },
          { apiKey: key, timeouts: { firstByteMs: ms, firstTokenMs: ms, idleMs: ms, totalMs: ms } },
        );
        row.ok = true;
        row.latencyMs = performance.now() - started;
      } catch (err) {
        row.latencyMs = performance.now() - started;
        const secrets = key ? [key.key] : [];
        row.error = isLLMError(err)
          ? { kind: err.kind, status: err.status, message: maskSecretsInText(firstLine(err.message), secrets) }
          : { kind: 'error', message: maskSecretsInText(firstLine(String((err as Error)?.message ?? err)), secrets) };
      }
      return row;
    });
  });
  return Promise.all(checks);
}

function firstLine(text: string): string {
  const line = text.split('\n')[0].trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

function nodeVersionOk(version: string): boolean {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((parts[i] ?? 0) !== MIN_NODE[i]) return (parts[i] ?? 0) > MIN_NODE[i];
  }
  return true;
}

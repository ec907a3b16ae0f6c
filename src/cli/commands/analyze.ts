import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { maskSecretsInText } from '../../resilience/mask-secret.js';
import { sniffImageMime } from '../../stable/load-image.js';
import type { CliContext } from '../cli-context.js';
import { usageError } from '../cli-error.js';
import { createCliLLM } from '../create-cli-llm.js';
import { defaultAnalyzePrompt } from '../default-analyze-prompt.js';
import { EXIT } from '../exit-codes.js';
import { formatReplyMeta } from '../format-reply-meta.js';
import { loadCliConfig } from '../load-cli-config.js';
import { describeError } from '../report-error.js';
import { startSpinner } from '../spinner.js';

export interface AnalyzeCommandOptions {
  prompt?: string;
  model?: string;
  route?: string;
  system?: string;
  serviceOrder?: string[];
  timeout?: number;
  json?: boolean;
  config?: string;
  quiet?: boolean;
  maxTokens?: number;
}

/**
 * `stable-llm analyze IMAGE`: a file path, an http(s) URL or a data URL. The answer goes to
 * stdout, the "answered by" line to stderr. Without --model the plan prefers vision-capable
 * models (config `active.vision` first).
 */
export async function runAnalyze(ctx: CliContext, image: string, opts: AnalyzeCommandOptions): Promise<number> {
  if (opts.model && opts.route) throw usageError('use either --model or --route, not both');
  const isUrl = /^(https?:|data:)/i.test(image);
  const source = isUrl ? image : resolve(ctx.io.cwd, image);
  if (!isUrl) {
    if (!existsSync(source))
      throw usageError(`image not found: ${image}`, 'pass a path to a png, jpeg, gif or webp file, or an http(s) URL');
    // Check the bytes, not the extension: a mislabelled file would only fail later, upstream, as a vague 400.
    if (!sniffImageMime(readHead(source)) && !/\.(heic|heif)$/i.test(source)) {
      throw usageError(`${image} is not a recognised image (png, jpeg, gif, webp, bmp)`);
    }
  }
  const config = await loadCliConfig({ configFlag: opts.config, cwd: ctx.io.cwd, env: ctx.io.env });
  if (opts.route && !config.routes.has(opts.route)) throw usageError(`unknown route "${opts.route}"`);
  const llm = await createCliLLM(config, {
    serviceOrder: opts.serviceOrder,
    timeout: opts.timeout,
    warn: (m) => ctx.io.stderr.write(`${ctx.err.yellow('warning:')} ${m}\n`),
  });
  const model = opts.route ?? opts.model ?? config.active.vision;
  if (model) llm.engine.planFor({ model });
  const prompt = opts.prompt?.trim() || defaultAnalyzePrompt(ctx.io.env);

  const controller = new AbortController();
  const off = ctx.io.onInterrupt(() => controller.abort());
  const spinner = startSpinner(ctx.io.stderr, ctx.err, 'looking at the image…');
  const started = performance.now();
  try {
    const result = await llm.analyze(prompt, source, {
      signal: controller.signal,
      ...(model ? { model } : {}),
      ...(opts.system ? { system: opts.system } : {}),
      ...(opts.maxTokens ? { max_tokens: opts.maxTokens } : {}),
    });
    spinner.stop();
    if (opts.json) {
      ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return EXIT.ok;
    }
    const text = result.raw_content;
    ctx.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    if (!opts.quiet) {
      ctx.io.stderr.write(
        `${formatReplyMeta({ target: result.target, attempts: result.attempts, elapsedMs: performance.now() - started, usage: result.usage, cost: result.cost }, ctx.err)}\n`,
      );
    }
    return EXIT.ok;
  } catch (err) {
    spinner.stop();
    if (controller.signal.aborted) {
      ctx.io.stderr.write(`${ctx.err.yellow('cancelled')}\n`);
      return EXIT.interrupted;
    }
    if (!opts.json) throw err;
    const { message, exitCode } = describeError(err);
    const e = err as { kind?: string; status?: number; code?: string; attempts?: unknown };
    ctx.io.stdout.write(
      `${JSON.stringify({ error: { message: maskSecretsInText(message), kind: e.kind, status: e.status, code: e.code, attempts: e.attempts ?? [] } }, null, 2)}\n`,
    );
    return exitCode;
  } finally {
    spinner.stop();
    off();
  }
}

function readHead(file: string): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

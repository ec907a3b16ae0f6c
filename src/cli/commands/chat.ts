import { maskSecretsInText } from '../../resilience/mask-secret.js';
import type { ChatMessage } from '../../spec/chat-request.js';
import type { StableLLM } from '../../stable/stable-llm.js';
import type { CliContext } from '../cli-context.js';
import { usageError } from '../cli-error.js';
import { createCliLLM } from '../create-cli-llm.js';
import { EXIT } from '../exit-codes.js';
import { formatReplyMeta } from '../format-reply-meta.js';
import { loadCliConfig } from '../load-cli-config.js';
import { printReplyStream } from '../print-reply-stream.js';
import { readStreamText } from '../read-stream-text.js';
import { describeError } from '../report-error.js';
import { startSpinner } from '../spinner.js';

export interface ChatCommandOptions {
  prompt?: string;
  model?: string;
  route?: string;
  system?: string;
  serviceOrder?: string[];
  timeout?: number;
  json?: boolean;
  config?: string;
  interactive?: boolean;
  quiet?: boolean;
  temperature?: number;
  maxTokens?: number;
}

/**
 * `stable-llm chat`: one-shot with --prompt or piped stdin, else the interactive REPL.
 * In one-shot mode stdout carries only the answer (or the JSON result); progress, reasoning and
 * the "answered by" line go to stderr so pipes stay clean.
 */
export async function runChat(ctx: CliContext, opts: ChatCommandOptions): Promise<number> {
  if (opts.model && opts.route) throw usageError('use either --model or --route, not both');
  const config = await loadCliConfig({ configFlag: opts.config, cwd: ctx.io.cwd, env: ctx.io.env });
  if (opts.route && !config.routes.has(opts.route)) {
    const names = [...config.routes.keys()];
    throw usageError(
      `unknown route "${opts.route}"`,
      names.length ? `configured routes: ${names.join(', ')}` : 'no routes are configured (add a routes: section to stable-llm.yaml)',
    );
  }
  const llm = await createCliLLM(config, {
    serviceOrder: opts.serviceOrder,
    timeout: opts.timeout,
    warn: (m) => ctx.io.stderr.write(`${ctx.err.yellow('warning:')} ${m}\n`),
  });
  const model = opts.route ?? opts.model ?? config.active.chat;
  // Resolve the name now: a typo should be a usage error before anything is sent.
  if (model) llm.engine.planFor({ model });

  let prompt = opts.prompt;
  if (prompt === undefined && !opts.interactive && ctx.io.stdin.isTTY !== true) {
    prompt = (await readStreamText(ctx.io.stdin)).trim();
    if (!prompt) throw usageError('no prompt: pass --prompt "…" or pipe text on stdin (or use -i for an interactive session)');
  }
  if (prompt === undefined) {
    const { runChatRepl } = await import('../repl/chat-repl.js');
    return runChatRepl(ctx, llm, {
      model,
      system: opts.system,
      temperature: opts.temperature,
      maxTokens: opts.maxTokens,
      routes: [...config.routes.keys()],
    });
  }
  const messages: ChatMessage[] = [{ role: 'user', content: prompt }];
  const callOptions = { model, system: opts.system, temperature: opts.temperature, max_tokens: opts.maxTokens };
  if (opts.json) return chatJson(ctx, llm, messages, callOptions);
  return chatOnce(ctx, llm, messages, callOptions, opts.quiet === true);
}

interface CallOptions {
  model?: string;
  system?: string;
  temperature?: number;
  max_tokens?: number;
}

async function chatOnce(ctx: CliContext, llm: StableLLM, messages: ChatMessage[], call: CallOptions, quiet: boolean): Promise<number> {
  const stream = llm.stream(messages, stripUndefined(call));
  const cancel = new AbortController();
  // First Ctrl+C cancels cleanly; the handler is then removed so a second one kills the process.
  const off = ctx.io.onInterrupt(() => {
    cancel.abort();
    off();
  });
  const spinner = startSpinner(ctx.io.stderr, ctx.err, 'waiting for the first token…');
  try {
    const reply = await printReplyStream(
      stream,
      { content: ctx.io.stdout, contentStyle: ctx.out, reasoning: ctx.io.stderr, reasoningStyle: ctx.err, hideReasoning: quiet },
      spinner,
      cancel.signal,
    );
    if (reply.cancelled) {
      ctx.io.stderr.write(`${ctx.err.yellow('cancelled')}\n`);
      return EXIT.interrupted;
    }
    if (!quiet) ctx.io.stderr.write(`${formatReplyMeta({ ...reply, attempts: stream.attempts }, ctx.err)}\n`);
    return EXIT.ok;
  } finally {
    spinner.stop();
    off();
  }
}

async function chatJson(ctx: CliContext, llm: StableLLM, messages: ChatMessage[], call: CallOptions): Promise<number> {
  const controller = new AbortController();
  const off = ctx.io.onInterrupt(() => controller.abort());
  const spinner = startSpinner(ctx.io.stderr, ctx.err, 'waiting for the answer…');
  try {
    const result = await llm.chat(messages, { ...stripUndefined(call), signal: controller.signal });
    spinner.stop();
    ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return EXIT.ok;
  } catch (err) {
    spinner.stop();
    if (controller.signal.aborted) return EXIT.interrupted;
    // Scripts asked for JSON: give them the failure as JSON too, with every attempt.
    const { message, exitCode } = describeError(err);
    const e = err as { kind?: string; status?: number; code?: string; attempts?: unknown };
    ctx.io.stdout.write(
      `${JSON.stringify({ error: { message: maskSecretsInText(message), kind: e.kind, status: e.status, code: e.code, attempts: e.attempts ?? [] } }, null, 2)}\n`,
    );
    return exitCode;
  } finally {
    off();
  }
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

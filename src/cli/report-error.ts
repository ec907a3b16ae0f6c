import type { AttemptRecord } from '../engine/engine-types.js';
import { ConfigError } from '../errors/config-error.js';
import { isLLMError } from '../errors/llm-error.js';
import { maskSecretsInText } from '../resilience/mask-secret.js';
import type { CliContext } from './cli-context.js';
import { CliError } from './cli-error.js';
import { EXIT } from './exit-codes.js';

/** Codes the router uses for a model name the user got wrong: a usage error, not an outage. */
const USAGE_CODES = new Set(['model_not_found', 'model']);

/** The error as one readable line plus its exit code; never a stack unless `--debug`. */
export function describeError(err: unknown): { message: string; exitCode: number; hint?: string } {
  if (err instanceof CliError) return { message: err.message, exitCode: err.exitCode, hint: err.hint };
  if (err instanceof ConfigError) {
    return {
      message: `config: ${err.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
      exitCode: EXIT.usage,
    };
  }
  if (isLLMError(err)) {
    const attempts = (err as { attempts?: AttemptRecord[] }).attempts;
    if (Array.isArray(attempts) && attempts.length > 0) {
      const tried = attempts.map((a) => formatAttempt(a)).join('; ');
      return { message: `no provider could answer (${err.kind}${err.status ? ` ${err.status}` : ''}): ${tried}`, exitCode: EXIT.failure };
    }
    const exitCode = err.code && USAGE_CODES.has(err.code) ? EXIT.usage : EXIT.failure;
    const where = err.provider ? `${err.provider} ` : '';
    return { message: `${where}${err.kind}${err.status ? ` ${err.status}` : ''}: ${oneLine(err.message)}`, exitCode };
  }
  if (err instanceof Error) return { message: oneLine(err.message), exitCode: EXIT.failure };
  return { message: String(err), exitCode: EXIT.failure };
}

/** `openai/gpt-4o rate_limit 429: …` or `gemini/x skipped (breaker_open)`; `brief` drops the message. */
export function formatAttempt(a: AttemptRecord, brief = false): string {
  if (a.outcome === 'skipped') return `${a.target} skipped (${a.skipReason ?? 'unavailable'})`;
  if (a.outcome === 'success') return `${a.target} ok`;
  const msg = a.message && !brief ? `: ${truncate(oneLine(a.message), 120)}` : '';
  return `${a.target} ${a.kind ?? 'error'}${a.status ? ` ${a.status}` : ''}${msg}`;
}

export function reportError(ctx: CliContext, err: unknown): number {
  const { message, exitCode, hint } = describeError(err);
  const s = ctx.err;
  // Our own messages carry no secrets (and `api_key: …` paths would be mangled by the masker);
  // anything that may quote an upstream body or a thrown value is masked.
  const ours = err instanceof CliError || err instanceof ConfigError;
  ctx.io.stderr.write(`${s.red(s.bold('error:'))} ${ours ? message : maskSecretsInText(message)}\n`);
  if (hint) ctx.io.stderr.write(`${hint}\n`);
  if (ctx.debug && err instanceof Error) {
    ctx.io.stderr.write(`${s.dim(maskSecretsInText(err.stack ?? String(err)))}\n`);
    let cause = err.cause;
    while (cause instanceof Error) {
      ctx.io.stderr.write(`${s.dim(`caused by: ${maskSecretsInText(cause.stack ?? cause.message)}`)}\n`);
      cause = cause.cause;
    }
  } else if (!(err instanceof CliError) && !(err instanceof ConfigError) && exitCode === EXIT.failure && !isLLMError(err)) {
    ctx.io.stderr.write(`${s.dim('(run again with --debug for the stack trace)')}\n`);
  }
  return exitCode;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, '; ').trim();
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

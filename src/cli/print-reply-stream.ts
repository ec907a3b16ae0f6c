import type { EngineStream } from '../engine/engine-types.js';
import type { Cost, FinishReason } from '../spec/chat-result.js';
import type { Usage } from '../spec/usage.js';
import type { CliOutput } from './cli-io.js';
import type { Spinner } from './spinner.js';
import type { Style } from './style.js';

export interface ReplyTargets {
  content: CliOutput;
  contentStyle: Style;
  /** Where reasoning goes: the same stream in the REPL, stderr in one-shot mode (stdout stays the answer). */
  reasoning: CliOutput;
  reasoningStyle: Style;
  /** Hide reasoning entirely. */
  hideReasoning?: boolean;
}

export interface StreamedReply {
  content: string;
  reasoning: string;
  finishReason: FinishReason | null;
  usage?: Usage;
  cost?: Cost;
  model?: string;
  target?: string;
  elapsedMs: number;
  cancelled: boolean;
}

/**
 * Prints a resilient stream as it arrives: the spinner until the first token, reasoning dimmed
 * (and labelled, so it stays distinguishable without colour), then the answer. Returns what was
 * said so the REPL can keep history. A stream cancelled by the user (Ctrl+C) resolves with
 * `cancelled: true`; any other failure is thrown.
 */
export async function printReplyStream(
  stream: EngineStream,
  out: ReplyTargets,
  spinner: Spinner,
  cancelled: AbortSignal,
): Promise<StreamedReply> {
  const started = performance.now();
  let content = '';
  let reasoning = '';
  let finishReason: FinishReason | null = null;
  let usage: Usage | undefined;
  let cost: Cost | undefined;
  let model: string | undefined;
  let reasoningOpen = false;
  const sameStream = out.reasoning === out.content;
  const closeReasoning = (): void => {
    if (!reasoningOpen) return;
    reasoningOpen = false;
    out.reasoning.write(sameStream ? '\n\n' : '\n');
  };
  const iterator = stream[Symbol.asyncIterator]();
  // Cancelling must be instant even if the next chunk is far away (a stalled upstream), so every
  // step races the cancel signal instead of trusting the stream to notice the abort.
  const onCancel = new Promise<'cancelled'>((resolve) => {
    if (cancelled.aborted) resolve('cancelled');
    else cancelled.addEventListener('abort', () => resolve('cancelled'), { once: true });
  });
  try {
    for (;;) {
      const step = await Promise.race([iterator.next(), onCancel]);
      if (step === 'cancelled') {
        stream.abort();
        // Queued behind the pending next(): closes the upstream request as soon as it yields.
        void iterator.return?.(undefined).catch(() => undefined);
        throw new Error('cancelled');
      }
      if (step.done) break;
      const d = step.value;
      if (d.reasoning_content && !out.hideReasoning) {
        spinner.stop();
        if (!reasoningOpen) {
          reasoningOpen = true;
          out.reasoning.write(out.reasoningStyle.dim(out.reasoningStyle.italic('thinking: ')));
        }
        out.reasoning.write(out.reasoningStyle.dim(d.reasoning_content));
      }
      if (d.reasoning_content) reasoning += d.reasoning_content;
      if (d.content) {
        spinner.stop();
        closeReasoning();
        out.content.write(d.content);
        content += d.content;
      }
      if (d.finish_reason) finishReason = d.finish_reason;
      if (d.usage) usage = d.usage;
      if (d.cost) cost = d.cost;
      if (d.model) model = d.model;
    }
  } catch (err) {
    spinner.stop();
    closeReasoning();
    if (content && !content.endsWith('\n')) out.content.write('\n');
    if (cancelled.aborted)
      return { content, reasoning, finishReason, usage, cost, model, elapsedMs: performance.now() - started, cancelled: true };
    throw err;
  }
  spinner.stop();
  closeReasoning();
  if (!content.endsWith('\n')) out.content.write('\n');
  const done = await stream.done;
  return {
    content,
    reasoning,
    finishReason,
    usage,
    cost,
    model,
    target: done.target,
    elapsedMs: performance.now() - started,
    cancelled: false,
  };
}

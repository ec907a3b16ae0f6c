import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import type { ChatMessage } from '../../spec/chat-request.js';
import type { StableLLM } from '../../stable/stable-llm.js';
import type { CliContext } from '../cli-context.js';
import { EXIT } from '../exit-codes.js';
import { formatReplyMeta } from '../format-reply-meta.js';
import { printReplyStream } from '../print-reply-stream.js';
import { renderStatusTable } from '../render-status-table.js';
import { describeError } from '../report-error.js';
import { startSpinner } from '../spinner.js';
import { parseReplInput } from './parse-repl-input.js';
import { replHelp } from './repl-help.js';

export interface ReplOptions {
  model?: string;
  system?: string;
  temperature?: number;
  maxTokens?: number;
  routes: string[];
}

/**
 * The interactive chat. Lines are consumed through readline's async iterator, so input that
 * arrives while an answer streams (a paste, or a script driving stdin) is queued, not lost or
 * interleaved. Ctrl+C cancels the running answer; at an empty prompt it arms exit, and a second
 * Ctrl+C leaves.
 */
export async function runChatRepl(ctx: CliContext, llm: StableLLM, opts: ReplOptions): Promise<number> {
  const { io, out } = ctx;
  const terminal = io.stdin.isTTY === true && io.stdout.isTTY === true;
  const rl = createInterface({ input: io.stdin, output: io.stdout as unknown as Writable, terminal, historySize: 500 });
  let model = opts.model;
  let system = opts.system;
  let history: ChatMessage[] = [];
  let current: AbortController | undefined;
  let exitArmed = false;
  // Input ended (EOF); queued lines are still processed, but no prompt is drawn.
  let closed = false;
  // Ctrl+C twice: leave even if lines are still queued.
  let leaving = false;
  // Lines of a """…""" message being collected.
  let multiline: string[] | undefined;
  const write = (text: string): void => {
    io.stdout.write(text);
  };
  const say = (text: string): void => write(`${text}\n`);
  const prompt = (): void => {
    if (terminal && !closed) {
      rl.setPrompt(multiline ? out.dim('  … ') : `${out.green(out.bold('you'))} ${out.dim('›')} `);
      rl.prompt();
    }
  };

  const onInterrupt = (): void => {
    if (current) {
      current.abort();
      return;
    }
    if (terminal && rl.line.length > 0) {
      // Like a shell: Ctrl+C discards the half-typed line.
      write('\n');
      rl.write(null, { ctrl: true, name: 'u' });
      prompt();
      return;
    }
    if (exitArmed || !terminal) {
      leaving = true;
      rl.close();
      return;
    }
    exitArmed = true;
    write(`\n${out.dim('(press Ctrl+C again, or type /exit, to leave)')}\n`);
    prompt();
  };
  rl.on('SIGINT', onInterrupt);
  const offInterrupt = io.onInterrupt(onInterrupt);
  rl.on('close', () => {
    closed = true;
  });

  io.stderr.write(
    `${ctx.err.bold('stable-llm chat')} ${ctx.err.dim('·')} ${describeModel(llm, model)}\n${ctx.err.dim('/help for commands · Ctrl+C cancels an answer · /exit to leave')}\n`,
  );
  prompt();

  try {
    for await (const rawLine of rl) {
      exitArmed = false;
      if (multiline) {
        if (rawLine.trim() === '"""') {
          const text = multiline.join('\n');
          multiline = undefined;
          if (text.trim()) await turn(text);
        } else multiline.push(rawLine);
        prompt();
        continue;
      }
      if (rawLine.trim() === '"""') {
        multiline = [];
        if (terminal) write(out.dim('(multi-line message: end it with """ on its own line)\n'));
        prompt();
        continue;
      }
      const input = parseReplInput(rawLine);
      if (input.type === 'exit') break;
      if (input.type === 'command') handleCommand(input.name, input.arg);
      else if (input.type === 'message') await turn(input.text);
      if (leaving) break;
      prompt();
    }
  } finally {
    offInterrupt();
    rl.close();
  }
  if (terminal) write('\n');
  return EXIT.ok;

  async function turn(text: string): Promise<void> {
    const messages: ChatMessage[] = [...history, { role: 'user', content: text }];
    const stream = llm.stream(messages, {
      ...(model ? { model } : {}),
      ...(system ? { system } : {}),
      ...(opts.temperature !== undefined ? { temperature: opts.temperature } : {}),
      ...(opts.maxTokens !== undefined ? { max_tokens: opts.maxTokens } : {}),
    });
    const cancel = new AbortController();
    current = cancel;
    const spinner = startSpinner(io.stderr, ctx.err, 'thinking…');
    try {
      const reply = await printReplyStream(
        stream,
        { content: io.stdout, contentStyle: out, reasoning: io.stdout, reasoningStyle: out },
        spinner,
        cancel.signal,
      );
      if (reply.cancelled) {
        // The exchange is dropped: a half answer in the history would confuse the next turn.
        say(out.yellow('(cancelled)'));
        return;
      }
      history = [...messages, { role: 'assistant', content: reply.content }];
      say(formatReplyMeta({ ...reply, attempts: stream.attempts }, out));
    } catch (err) {
      const { message } = describeError(err);
      say(`${out.red(out.bold('error:'))} ${message}`);
    } finally {
      spinner.stop();
      current = undefined;
    }
  }

  function handleCommand(name: string, arg: string): void {
    switch (name) {
      case 'help':
      case '?':
        say(replHelp(out));
        return;
      case 'reset':
      case 'clear':
      case 'new':
        history = [];
        say(out.dim('conversation cleared'));
        return;
      case 'model':
        if (!arg) {
          say(describeModel(llm, model));
          if (opts.routes.length) say(out.dim(`routes: ${opts.routes.join(', ')}`));
          return;
        }
        try {
          const next = arg === 'auto' || arg === 'default' ? undefined : arg;
          llm.engine.planFor({ model: next });
          model = next;
          say(describeModel(llm, model));
        } catch (err) {
          say(`${out.red(out.bold('error:'))} ${describeError(err).message}`);
        }
        return;
      case 'system':
        if (!arg) say(system ? `system: ${system}` : out.dim('no system prompt'));
        else if (arg === 'off' || arg === 'clear' || arg === 'none') {
          system = undefined;
          say(out.dim('system prompt cleared'));
        } else {
          system = arg;
          say(out.dim('system prompt set'));
        }
        return;
      case 'status':
        say(renderStatusTable(llm.getServiceStatus(), out));
        return;
      default:
        say(`${out.yellow(`unknown command /${name}`)} ${out.dim('— /help lists the commands')}`);
    }
  }
}

/** `model: auto → openai/gpt-5.5, anthropic/…` — what the next message will try, in order. */
function describeModel(llm: StableLLM, model: string | undefined): string {
  try {
    const plan = llm.engine.planFor({ model }).map((t) => `${t.backend}/${t.model}`);
    const shown = plan.slice(0, 4).join(' → ') + (plan.length > 4 ? ` → … (${plan.length})` : '');
    return `model: ${model ?? 'auto'}${shown && shown !== model ? ` (${shown})` : ''}`;
  } catch {
    return `model: ${model ?? 'auto'}`;
  }
}

import { Command } from 'commander';
import { packageVersion } from '../runtime/package-root.js';
import type { CliContext } from './cli-context.js';
import { parseOption } from './option-parsers.js';

/** Where an action leaves its exit code for main(). */
export interface RunState {
  exitCode: number;
}

/** Examples name the command as the user invoked it (`stable-llm chat` or `stable-llm-chat`). */
const chatExamples = (cmd: string): string => `
Examples:
  $ ${cmd}                                   interactive session (/help inside)
  $ ${cmd} --prompt "Explain quantum computing in one sentence"
  $ git diff | ${cmd} --system "Review this diff"
  $ ${cmd} -p "hi" --service-order anthropic,openai --timeout 10
  $ ${cmd} -p "hi" --route smart --json      full result with every attempt`;

const analyzeExamples = (cmd: string): string => `
Examples:
  $ ${cmd} photo.jpg
  $ ${cmd} photo.jpg --prompt "What is unusual in this picture?"
  $ ${cmd} https://example.com/chart.png --model gemini/gemini-3.5-flash --json`;

const EXAMPLES = {
  serve: `
Examples:
  $ stable-llm serve                                  stable-llm.yaml if present, else env keys
  $ stable-llm serve --config prod.yaml --host 0.0.0.0 --port 8080 --workers 4
  $ stable-llm serve --demo                           a built-in simulated provider, no key needed`,
  status: `
Examples:
  $ stable-llm status                                 local engine from the config / env keys
  $ stable-llm status --url http://127.0.0.1:8000 --key $STABLE_LLM_KEY
  $ stable-llm status --url http://gw:8000 --json`,
  models: `
Examples:
  $ stable-llm models                                 configured models with catalog data
  $ stable-llm models --all claude                    the whole catalog, filtered
  $ stable-llm models --json`,
  tokens: `
Examples:
  $ stable-llm tokens prompt.txt
  $ cat prompt.txt | stable-llm tokens - --model claude-sonnet-5
  $ stable-llm tokens README.md --model gpt-5.5,deepseek-v4-pro,qwen3-max --output-tokens 500`,
  doctor: `
Examples:
  $ stable-llm doctor                                 validate the config and ping every endpoint/key
  $ stable-llm doctor --config prod.yaml --offline    validate only
  $ stable-llm doctor --json`,
  configInit: `
Examples:
  $ stable-llm config init                            enable the providers whose keys are exported
  $ stable-llm config init --providers openai,deepseek --force
  $ stable-llm config init --stdout > other.yaml`,
};

function version(): string {
  return packageVersion();
}

/** `--no-color` / `--debug` belong to the root command and are shown in every subcommand's help. */
function addGlobalOptions(cmd: Command): Command {
  return cmd
    .option('--no-color', 'plain output without ANSI colours (also: NO_COLOR=1)')
    .option('--debug', 'show stack traces and internal details on errors');
}

/** Flags shared by `chat` and `analyze` (and the seed-compatible `stable-llm-chat` / `-analyze`). */
function addAskOptions(cmd: Command): Command {
  return cmd
    .option('-p, --prompt <text>', 'the question (chat: one-shot instead of the interactive session)')
    .option('-m, --model <name>', 'a model: backend/model, a model name, or a route name')
    .option('-r, --route <name>', 'a route from the config (ordered / weighted failover across providers)')
    .option('-s, --system <text>', 'system prompt')
    .option('--service-order <list>', 'backend order of the default plan, e.g. anthropic,openai,gemini', parseOption.list)
    .option('--timeout <seconds>', 'per-attempt timeout in seconds (then fail over to the next candidate)', parseOption.positiveNumber)
    .option('--max-tokens <n>', 'cap on the answer length', parseOption.positiveInt)
    .option('--json', 'print the full result object (content, usage, cost, every attempt) as JSON')
    .option('-q, --quiet', 'print only the answer (no reasoning, no "answered by" line)')
    .option('-c, --config <file>', 'config file (default: ./stable-llm.yaml if present, else API keys from env vars)');
}

export function defineChatCommand(cmd: Command, ctx: CliContext, state: RunState, invokedAs = 'stable-llm chat'): Command {
  return addAskOptions(cmd)
    .description('Chat with any configured LLM, failing over between providers. Interactive unless --prompt or piped stdin.')
    .option('-i, --interactive', 'interactive session even when stdin is not a terminal (scripts, tests)')
    .option('-t, --temperature <t>', 'sampling temperature', parseOption.nonNegativeNumber)
    .addHelpText('after', chatExamples(invokedAs))
    .action(async (opts) => {
      const { runChat } = await import('./commands/chat.js');
      state.exitCode = await runChat(ctx, opts);
    });
}

export function defineAnalyzeCommand(cmd: Command, ctx: CliContext, state: RunState, invokedAs = 'stable-llm analyze'): Command {
  return addAskOptions(cmd)
    .description('Describe or question an image (file path or URL). Default prompt in your language (LANG).')
    .argument('<image>', 'image file (png, jpeg, gif, webp) or http(s) URL')
    .addHelpText('after', analyzeExamples(invokedAs))
    .action(async (image: string, opts) => {
      const { runAnalyze } = await import('./commands/analyze.js');
      state.exitCode = await runAnalyze(ctx, image, opts);
    });
}

/** The `stable-llm` program. Command modules load only when their action runs (fast --help). */
export function buildProgram(ctx: CliContext, state: RunState, name = 'stable-llm'): Command {
  const program = new Command(name);
  configure(program, ctx);
  addGlobalOptions(program)
    .description(
      'One OpenAI-shaped API in front of every LLM provider that keeps answering when providers rate-limit, overload, stall or die.',
    )
    .version(version(), '-V, --version', 'print the version')
    .configureHelp({ showGlobalOptions: true })
    .addHelpText(
      'after',
      `
Quick start:
  $ export OPENAI_API_KEY=sk-…           (or ANTHROPIC_API_KEY, GEMINI_API_KEY, DEEPSEEK_API_KEY, …)
  $ stable-llm chat                      talk to it; failover is automatic
  $ stable-llm config init               write a stable-llm.yaml with routes and several providers
  $ stable-llm serve                     OpenAI- and Anthropic-compatible gateway on 127.0.0.1:8000

Exit codes: 0 ok · 1 failure (no provider answered, a check failed) · 2 usage or config error
Docs: docs/cli.md`,
    );

  defineChatCommand(program.command('chat'), ctx, state);
  defineAnalyzeCommand(program.command('analyze'), ctx, state);

  program
    .command('serve')
    .description('Run the HTTP gateway: OpenAI /v1/chat/completions, Anthropic /v1/messages, admin console, metrics.')
    .option('-c, --config <file>', 'config file (default: ./stable-llm.yaml if present, else env keys)')
    .option('--host <host>', 'interface to listen on (default 127.0.0.1; 0.0.0.0 for all)')
    .option('--port <port>', 'port (default 8000)', parseOption.port)
    .option('--workers <n>', 'worker processes (node:cluster); share limits through Redis when > 1', parseOption.positiveInt)
    .option('--demo', 'add a clearly labelled simulated provider, for trying the gateway without keys')
    .addHelpText('after', EXAMPLES.serve)
    .action(async (opts) => {
      const { runServe } = await import('./commands/serve.js');
      state.exitCode = await runServe(ctx, opts);
    });

  program
    .command('status')
    .description('Breaker state, failures, cooldowns, latency and keys per target — of a running gateway (--url) or local.')
    .option('--url <url>', 'a running gateway, e.g. http://127.0.0.1:8000')
    .option('--key <key>', 'gateway key for --url (default: $STABLE_LLM_KEY or $STABLE_LLM_MASTER_KEY)')
    .option('--timeout <seconds>', 'HTTP timeout for --url', parseOption.positiveNumber)
    .option('--json', 'print the status object as JSON')
    .option('-c, --config <file>', 'config file for the local status')
    .addHelpText('after', EXAMPLES.status)
    .action(async (opts) => {
      const { runStatus } = await import('./commands/status.js');
      state.exitCode = await runStatus(ctx, opts);
    });

  program
    .command('models')
    .description('Configured models (and with --all the built-in catalog): context window, prices, capabilities.')
    .argument('[filter]', 'only models whose name contains this text')
    .option('-a, --all', 'every catalog model, not just configured ones')
    .option('--json', 'print as JSON')
    .option('-c, --config <file>', 'config file')
    .addHelpText('after', EXAMPLES.models)
    .action(async (filter: string | undefined, opts) => {
      const { runModels } = await import('./commands/models.js');
      state.exitCode = await runModels(ctx, filter, opts);
    });

  program
    .command('tokens')
    .description("Count a text's tokens with each model's own tokenizer and estimate the cost.")
    .argument('[file]', 'text file, or - for stdin (default: stdin when piped)')
    .option(
      '-m, --model <list>',
      'model(s) to count for, comma-separated (default: the first configured model, else gpt-5.5)',
      parseOption.list,
    )
    .option('--output-tokens <n>', 'expected answer length, added to the cost estimate', parseOption.positiveInt)
    .option('--json', 'print as JSON')
    .option('-c, --config <file>', 'config file (its models and prices are used)')
    .addHelpText('after', EXAMPLES.tokens)
    .action(async (file: string | undefined, opts) => {
      const { runTokens } = await import('./commands/tokens.js');
      state.exitCode = await runTokens(ctx, file, opts);
    });

  program
    .command('doctor')
    .description('Validate the config and send a tiny request through every endpoint and key; exit non-zero on problems.')
    .option('-c, --config <file>', 'config file (default: ./stable-llm.yaml if present, else env keys)')
    .option('--offline', 'validate the config only; send no request')
    .option('--timeout <seconds>', 'per-check timeout (default 20)', parseOption.positiveNumber)
    .option('--json', 'print the report as JSON')
    .addHelpText('after', EXAMPLES.doctor)
    .action(async (opts) => {
      const { runDoctor } = await import('./commands/doctor.js');
      state.exitCode = await runDoctor(ctx, opts);
    });

  const config = program.command('config').description('Create and manage stable-llm.yaml.');
  config
    .command('init')
    .description('Write a commented starter stable-llm.yaml (providers whose key is exported are enabled).')
    .option('-o, --output <file>', 'where to write (default ./stable-llm.yaml)')
    .option('-f, --force', 'overwrite an existing file')
    .option('--providers <list>', 'providers to enable, e.g. openai,anthropic,deepseek', parseOption.list)
    .option('--stdout', 'print the file instead of writing it')
    .addHelpText('after', EXAMPLES.configInit)
    .action(async (opts) => {
      const { runConfigInit } = await import('./commands/config-init.js');
      state.exitCode = await runConfigInit(ctx, opts);
    });
  return program;
}

/**
 * The seed-compatible single-command programs: `stable-llm-chat [--prompt P] …` and
 * `stable-llm-analyze IMAGE …`, the same flags as the subcommands.
 */
export function buildLegacyProgram(ctx: CliContext, state: RunState, name: string, command: 'chat' | 'analyze'): Command {
  const program = new Command(name);
  configure(program, ctx);
  addGlobalOptions(program).version(version(), '-V, --version', 'print the version');
  return command === 'chat' ? defineChatCommand(program, ctx, state, name) : defineAnalyzeCommand(program, ctx, state, name);
}

/** Errors and help through our streams; usage errors become exceptions main() maps to exit 2. */
function configure(program: Command, ctx: CliContext): void {
  program
    .exitOverride()
    .showHelpAfterError(ctx.err.dim('(add --help for usage)'))
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
      outputError: (s, write) => write(s.replace(/^error:/, ctx.err.red(ctx.err.bold('error:')))),
    });
}

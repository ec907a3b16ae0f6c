import { CommanderError } from 'commander';
import { buildLegacyProgram, buildProgram, type RunState } from './build-program.js';
import { createCliContext } from './cli-context.js';
import { type CliIO, processIO } from './cli-io.js';
import { EXIT } from './exit-codes.js';
import { reportError } from './report-error.js';

export interface MainOptions {
  /** Set by the seed-compatible bins (`stable-llm-chat`, `stable-llm-analyze`); argv then starts with the command. */
  legacyName?: string;
  /** Streams and environment; defaults to the process's (tests pass their own). */
  io?: CliIO;
}

/**
 * The CLI entry point: parses `argv` (without node and script), runs one command, and resolves
 * with the exit code instead of calling process.exit, so pending output is flushed and the
 * gateway (`serve`) can keep the process alive.
 */
export async function main(argv: string[], opts: MainOptions = {}): Promise<number> {
  const io = opts.io ?? processIO();
  // Decided before parsing so that even argument errors honour --no-color / --debug.
  const flags = scanGlobalFlags(argv, io.env);
  const first = argv[0];
  const legacy =
    opts.legacyName && (first === 'chat' || first === 'analyze')
      ? { name: opts.legacyName, command: first as 'chat' | 'analyze' }
      : undefined;
  const ctx = createCliContext(io, flags, legacy?.name ?? 'stable-llm');
  const state: RunState = { exitCode: EXIT.ok };
  try {
    if (legacy) {
      await buildLegacyProgram(ctx, state, legacy.name, legacy.command).parseAsync(argv.slice(1), { from: 'user' });
    } else {
      const program = buildProgram(ctx, state);
      if (argv.length === 0) {
        program.outputHelp();
        return EXIT.ok;
      }
      await program.parseAsync(argv, { from: 'user' });
    }
    return state.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version "errors" are successful exits; everything else is a usage mistake.
      if (err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return EXIT.ok;
      return EXIT.usage;
    }
    return reportError(ctx, err);
  }
}

function scanGlobalFlags(argv: string[], env: NodeJS.ProcessEnv): { color?: boolean; debug: boolean } {
  const end = argv.indexOf('--');
  const flags = end === -1 ? argv : argv.slice(0, end);
  return {
    color: flags.includes('--no-color') ? false : undefined,
    debug: flags.includes('--debug') || env.STABLE_LLM_DEBUG === '1',
  };
}

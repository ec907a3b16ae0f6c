import { Command } from 'commander';
import type { CliContext } from './cli-context.js';
/** Where an action leaves its exit code for main(). */
export interface RunState {
    exitCode: number;
}
export declare function defineChatCommand(cmd: Command, ctx: CliContext, state: RunState, invokedAs?: string): Command;
export declare function defineAnalyzeCommand(cmd: Command, ctx: CliContext, state: RunState, invokedAs?: string): Command;
/** The `stable-llm` program. Command modules load only when their action runs (fast --help). */
export declare function buildProgram(ctx: CliContext, state: RunState, name?: string): Command;
/**
 * The seed-compatible single-command programs: `stable-llm-chat [--prompt P] …` and
 * `stable-llm-analyze IMAGE …`, the same flags as the subcommands.
 */
export declare function buildLegacyProgram(ctx: CliContext, state: RunState, name: string, command: 'chat' | 'analyze'): Command;

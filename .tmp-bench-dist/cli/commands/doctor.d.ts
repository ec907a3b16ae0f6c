import type { CliContext } from '../cli-context.js';
export interface DoctorCommandOptions {
    config?: string;
    offline?: boolean;
    timeout?: number;
    json?: boolean;
}
/**
 * `stable-llm doctor`: validates the config exactly as `serve` would, then sends one tiny
 * request through every configured endpoint with every key and shows the latency or the
 * classified error. Exit 0 when all is well, 2 when the config is invalid, 1 when a check fails.
 */
export declare function runDoctor(ctx: CliContext, opts: DoctorCommandOptions): Promise<number>;

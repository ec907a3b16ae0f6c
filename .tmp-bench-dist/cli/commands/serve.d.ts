import type { CliContext } from '../cli-context.js';
export interface ServeCommandOptions {
    config?: string;
    host?: string;
    port?: number;
    workers?: number;
    demo?: boolean;
}
/**
 * `stable-llm serve`: hands over to the gateway, which owns the banner, logging, signals and
 * draining. The process stays alive through the server's open handle after this resolves.
 */
export declare function runServe(ctx: CliContext, opts: ServeCommandOptions): Promise<number>;

import type { CliContext } from '../cli-context.js';
import { EXIT } from '../exit-codes.js';

export interface ServeCommandOptions {
  config?: string;
  host?: string;
  port?: number;
  workers?: number;
  demo?: boolean;
}

/**
 * `stable-llm serve`: hands over to the gateway, which owns the banner, logging, signals
 * (SIGTERM/SIGINT drain, SIGHUP reload), hot reload and workers. The process stays alive through
 * the server's open handle after this resolves. A bad config surfaces as a ConfigError → exit 2.
 */
export async function runServe(ctx: CliContext, opts: ServeCommandOptions): Promise<number> {
  // Imported here, not at the top: the HTTP server, stores and metrics stay out of every other command's cold start.
  const { startGateway } = await import('../../gateway/start-gateway.js');
  const env = ctx.io.env;
  await startGateway({
    configPath: opts.config ?? (env.STABLE_LLM_CONFIG || undefined),
    env,
    cwd: ctx.io.cwd,
    ...(opts.host !== undefined ? { host: opts.host } : {}),
    ...(opts.port !== undefined ? { port: opts.port } : {}),
    ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
    ...(opts.demo ? { demo: true } : {}),
  });
  return EXIT.ok;
}

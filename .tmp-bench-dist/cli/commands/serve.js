import { CliError } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';
// A variable specifier keeps the gateway (HTTP server, stores, metrics) out of every other
// command's cold start, and out of the type graph of the CLI, which must build on its own.
const GATEWAY_MODULE = '../../gateway/start-gateway.js';
/**
 * `stable-llm serve`: hands over to the gateway, which owns the banner, logging, signals and
 * draining. The process stays alive through the server's open handle after this resolves.
 */
export async function runServe(ctx, opts) {
    let mod;
    try {
        mod = (await import(GATEWAY_MODULE));
    }
    catch (err) {
        if (err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('start-gateway')) {
            throw new CliError('the gateway is not part of this build (dist/gateway/start-gateway.js is missing)', { hint: 'rebuild with: npm run build' });
        }
        throw err;
    }
    if (typeof mod.startGateway !== 'function')
        throw new CliError('dist/gateway/start-gateway.js does not export startGateway()');
    const env = ctx.io.env;
    await mod.startGateway({
        configPath: opts.config ?? (env.STABLE_LLM_CONFIG || undefined),
        ...(opts.host !== undefined ? { host: opts.host } : {}),
        ...(opts.port !== undefined ? { port: opts.port } : {}),
        ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
        ...(opts.demo ? { demo: true } : {}),
    });
    return EXIT.ok;
}
//# sourceMappingURL=serve.js.map
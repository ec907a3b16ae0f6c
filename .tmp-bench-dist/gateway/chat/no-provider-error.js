import { providerKeyEnvNames } from '../config/settings-from-env.js';
import { GatewayHttpError } from '../http/http-error.js';
/**
 * The answer to a chat request when no provider is configured: a 503 that tells the operator
 * exactly how to add one (env var, config file, or --demo).
 */
export function noProviderError(configPath) {
    const envs = providerKeyEnvNames().slice(0, 8).join(', ');
    const where = configPath ? `add a backend to ${configPath}` : 'create stable-llm.yaml';
    return new GatewayHttpError({
        status: 503,
        type: 'service_unavailable_error',
        code: 'no_provider_configured',
        message: `No LLM provider is configured on this gateway. Set an API key environment variable (${envs}, …) and restart, ` +
            `or ${where}, e.g.:\n` +
            '  backends:\n    openai:\n      models:\n        gpt-5.4-mini: {}\n' +
            'with OPENAI_API_KEY set (see docs/gateway.md), or start with --demo for a simulated provider.',
        headers: { 'x-should-retry': 'false' },
    });
}
//# sourceMappingURL=no-provider-error.js.map
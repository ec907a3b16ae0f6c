/**
 * Settings for a gateway started without a config file: every backend whose usual key variable
 * is set (OPENAI_API_KEY, ANTHROPIC_API_KEY, …) gets its preset's default models on the implicit
 * endpoint. Key-optional presets (local servers) are left out: they need an explicit api_base.
 */
export declare function settingsFromEnv(env: NodeJS.ProcessEnv): {
    VERSION: '2';
    endpoints: [];
    backends: Record<string, {
        models: Record<string, object>;
    }>;
};
/** The env variable names users can set, for the "no provider configured" help text. */
export declare function providerKeyEnvNames(): string[];

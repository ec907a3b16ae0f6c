/**
 * Invalid settings or configuration. `path` names the offending field in dotted/bracket form
 * (`backends.openai.models.gpt-4o.endpoints[0]`).
 */
export declare class ConfigError extends Error {
    readonly path: string;
    readonly issues: {
        path: string;
        message: string;
    }[];
    constructor(issues: {
        path: string;
        message: string;
    }[]);
}

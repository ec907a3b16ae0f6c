/** Reads a YAML or JSON config file and applies `${ENV}` interpolation. */
export declare function readConfigFile(file: string, env?: NodeJS.ProcessEnv): Record<string, unknown>;

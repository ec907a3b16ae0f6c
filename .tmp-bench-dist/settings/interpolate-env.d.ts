/**
 * Replaces `${NAME}` and `${NAME:-default}` in every string of a parsed config tree. A missing
 * variable without a default is an error naming the config path, so typos don't become empty keys.
 */
export declare function interpolateEnv(value: unknown, env?: NodeJS.ProcessEnv, path?: string): unknown;

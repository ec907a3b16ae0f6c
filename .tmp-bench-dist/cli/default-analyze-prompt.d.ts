/**
 * The prompt `analyze` uses when none is given, in the user's language: Chinese when the locale
 * (LC_ALL, then LC_MESSAGES, then LANG — POSIX precedence) starts with `zh`, else English.
 */
export declare function defaultAnalyzePrompt(env: NodeJS.ProcessEnv): string;

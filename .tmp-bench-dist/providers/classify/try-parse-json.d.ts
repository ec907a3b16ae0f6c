/**
 * Parses JSON without throwing. Only text that starts like an object or array is tried, so HTML
 * error pages and plain-text bodies cost one character check instead of a failed parse.
 */
export declare function tryParseJson(text: string): unknown;

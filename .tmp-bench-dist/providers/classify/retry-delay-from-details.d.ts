/**
 * Google-style `error.details[]` carry the wait as `RetryInfo.retryDelay: "31s"` instead of a
 * header (Gemini, Vertex, and their OpenAI-compatible layers).
 */
export declare function retryDelayFromDetails(details: unknown[] | undefined): number | undefined;

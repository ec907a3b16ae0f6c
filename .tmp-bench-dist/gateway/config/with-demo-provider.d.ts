/** Endpoint id and model names of the built-in simulated provider (`--demo`). */
export declare const DEMO_ENDPOINT_ID = "stable-llm-demo";
export declare const DEMO_BACKEND = "local";
export declare const DEMO_MODELS: readonly ["demo-chat", "demo-reasoner", "demo-vision"];
/**
 * Adds the simulated provider (the fake upstream started in-process) as the `local` backend.
 * Its answers are canned, so everything about it says "demo": model names, /v1/models owner,
 * the banner and a response header.
 */
export declare function withDemoProvider(raw: Record<string, unknown>, upstreamUrl: string): Record<string, unknown>;

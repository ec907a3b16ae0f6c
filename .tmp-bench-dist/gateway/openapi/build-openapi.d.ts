type Json = Record<string, unknown>;
/**
 * OpenAPI 3.1 for the gateway, generated from the same zod schemas that validate requests, so
 * the document cannot drift from what the server accepts.
 */
export declare function buildOpenApi(version: string): Json;
export {};

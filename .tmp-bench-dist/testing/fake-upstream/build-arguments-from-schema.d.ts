import { type JsonObject } from './guards.js';
/**
 * Builds a sample value that satisfies a JSON Schema well enough for a fake tool call: defaults,
 * consts and enums first, then by type (strings "Paris", numbers their minimum or 1, booleans true,
 * arrays one item, objects every property). Accepts Gemini's upper-case OpenAPI type names.
 */
export declare function buildArgumentsFromSchema(schema: unknown): JsonObject;

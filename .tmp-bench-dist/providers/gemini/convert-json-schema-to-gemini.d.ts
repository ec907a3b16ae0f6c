import type { GeminiSchema } from './gemini-wire-types.js';
/**
 * JSON Schema → the OpenAPI-3.0 subset Gemini's `Schema` accepts (fields of `Schema` in
 * `@google/genai`). We use `parameters`/`responseSchema` rather than the newer
 * `parametersJsonSchema`/`responseJsonSchema` because every Gemini model and Vertex accept them.
 *
 * - kept: the keywords in `COPIED`, `type`, `properties`, `required`, `items`, `anyOf`, `enum`;
 * - rewritten: `type: [T, "null"]`, `anyOf` with a null member and `nullable` → `nullable: true`;
 *   `oneOf` → `anyOf`; `allOf` → merged into one schema; `const` → one-value `enum` (with a type
 *   inferred from the values when the schema has none); `examples` →
 *   `example`; enum values → strings (the field is `string[]`; numeric enums get `format: "enum"`);
 *   tuple `items` → `anyOf` of the item schemas; local `$ref`s into `$defs`/`definitions` are
 *   inlined (recursion cut off at a depth of 6);
 * - dropped, because Gemini rejects them: `additionalProperties`, `$schema`, `$id`, `$defs`,
 *   `exclusiveMinimum`/`exclusiveMaximum`, `not`, `if`/`then`/`else`, `patternProperties`,
 *   `unevaluatedProperties`, … and string formats other than `date-time`/`enum` (moved into the
 *   description so the model still sees them).
 *
 * Returns undefined for a top-level object schema without properties (and no free-form
 * `additionalProperties`): Gemini wants `parameters` omitted for argument-less functions.
 */
export declare function convertJsonSchemaToGemini(schema: unknown): GeminiSchema | undefined;

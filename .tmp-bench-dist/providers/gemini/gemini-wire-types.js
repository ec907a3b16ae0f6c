/**
 * The subset of the Gemini `generateContent` request we emit. Kept local (not imported from
 * `@google/genai`, a dev dependency) and checked against the SDK types in tests.
 */
export {};
//# sourceMappingURL=gemini-wire-types.js.map
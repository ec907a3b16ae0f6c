/**
 * The subset of the Anthropic Messages request we emit. Kept local (not imported from
 * `@anthropic-ai/sdk`, a dev dependency) and checked against the SDK types in tests.
 */
export {};
//# sourceMappingURL=anthropic-wire-types.js.map
/**
 * Bedrock Converse / ConverseStream wire shapes (the subset we send and read). Field names are the
 * REST JSON names (camelCase). Docs: "Converse" and "ConverseStream" in the Bedrock API reference.
 */
export {};
//# sourceMappingURL=bedrock-wire-types.js.map
export {};
//# sourceMappingURL=provider-preset.js.map
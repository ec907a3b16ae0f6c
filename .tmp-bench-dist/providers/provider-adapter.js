export {};
//# sourceMappingURL=provider-adapter.js.map
export {};
//# sourceMappingURL=model-info.js.map
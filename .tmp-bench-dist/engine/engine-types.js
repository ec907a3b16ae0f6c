export {};
//# sourceMappingURL=engine-types.js.map
export {};
//# sourceMappingURL=engine-factory.js.map
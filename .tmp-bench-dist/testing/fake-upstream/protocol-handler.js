export {};
//# sourceMappingURL=protocol-handler.js.map
export {};
//# sourceMappingURL=gateway-runtime.js.map
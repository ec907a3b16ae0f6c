export {};
//# sourceMappingURL=gateway-config.js.map
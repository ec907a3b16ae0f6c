export {};
//# sourceMappingURL=gateway-store.js.map
export {};
//# sourceMappingURL=stored-gateway-key.js.map
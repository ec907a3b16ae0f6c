export {};
//# sourceMappingURL=access-token.js.map
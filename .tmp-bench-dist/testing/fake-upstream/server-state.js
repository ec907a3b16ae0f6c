export {};
//# sourceMappingURL=server-state.js.map
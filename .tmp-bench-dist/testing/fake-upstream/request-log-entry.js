export {};
//# sourceMappingURL=request-log-entry.js.map
export {};
//# sourceMappingURL=usage-row.js.map
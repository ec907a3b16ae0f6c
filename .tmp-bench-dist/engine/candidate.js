export {};
//# sourceMappingURL=candidate.js.map
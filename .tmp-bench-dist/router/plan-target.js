export {};
//# sourceMappingURL=plan-target.js.map
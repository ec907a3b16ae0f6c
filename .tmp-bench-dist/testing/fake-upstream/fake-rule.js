export {};
//# sourceMappingURL=fake-rule.js.map
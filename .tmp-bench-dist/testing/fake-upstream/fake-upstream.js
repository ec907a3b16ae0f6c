export {};
//# sourceMappingURL=fake-upstream.js.map
export {};
//# sourceMappingURL=incoming-route.js.map
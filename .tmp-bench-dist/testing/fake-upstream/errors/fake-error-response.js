export {};
//# sourceMappingURL=fake-error-response.js.map
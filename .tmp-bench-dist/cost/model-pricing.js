export {};
//# sourceMappingURL=model-pricing.js.map
export {};
//# sourceMappingURL=tokenizer.js.map
export {};
//# sourceMappingURL=sse-encoder.js.map
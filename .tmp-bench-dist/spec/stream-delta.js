export {};
//# sourceMappingURL=stream-delta.js.map
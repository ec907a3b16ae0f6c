export {};
//# sourceMappingURL=chat-result.js.map
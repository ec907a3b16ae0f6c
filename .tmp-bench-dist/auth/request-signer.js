export {};
//# sourceMappingURL=request-signer.js.map
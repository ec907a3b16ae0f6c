export {};
//# sourceMappingURL=resolved-settings.js.map